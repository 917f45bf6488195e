package vn.ntm.text;

/**
 * The kinds of free text the product takes, each with the most characters it accepts. The limits stay below the
 * columns that store them (a name is {@code varchar(200)}, a file name {@code varchar(255)}...), so a long text is
 * refused with a message naming the field rather than by the database; the texts without a column limit (notes,
 * reasons) are bounded too, so nothing a user sends is unbounded.
 */
public enum TextKind {

    /** Names of people, bodies, units, positions, e-mail addresses. */
    NAME(200),
    /** Notes and longer wording (an indicator's text), several lines allowed. */
    NOTE(2000),
    /** Why something was done: a change, a return, a closing, a decision. */
    REASON(1000),
    /** What is typed in a search box. */
    SEARCH(100),
    /** The name of an uploaded file. */
    FILE_NAME(255),
    /** A document cited: decision number, legal basis, article. */
    DOCUMENT(200),
    /** A web address (the link of a source). */
    LINK(1000),
    /** Codes, telephone numbers, units of measure. */
    CODE(30);

    private final int maxLength;

    TextKind(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The most characters (Unicode code points, as PostgreSQL counts them) this kind of text may have. */
    public int maxLength() {
        return maxLength;
    }
}
