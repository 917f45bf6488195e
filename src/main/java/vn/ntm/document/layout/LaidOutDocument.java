package vn.ntm.document.layout;

import java.util.List;

/**
 * A document resolved into zones with absolute geometry: the header table (row 1 names and titles, row 2 number and
 * date), the title block and Kính gửi, the body, the footer table (Nơi nhận | signing block). The writers only
 * translate it; the read-back checks the written files against the profile.
 */
public record LaidOutDocument(
        LayoutProfile profile, Grid header, List<Laid> title, List<Laid> body, Grid footer, List<List<Laid>> annexes) {

    public LaidOutDocument {
        annexes = annexes.stream().map(List::copyOf).toList();
    }

    /** What the layout places in the body or title block: a paragraph or a table. */
    public sealed interface Laid permits Para, Grid {}

    public enum Align {
        LEFT,
        CENTER,
        RIGHT,
        JUSTIFY
    }

    /** What an element is, for the writers' tests and the read-back. */
    public enum Role {
        NATIONAL_TITLE,
        MOTTO,
        PARTY_TITLE,
        SUPERIOR,
        ISSUER,
        ISSUER_MARK,
        NUMBER,
        DATE,
        LETTER_SUMMARY,
        SECRECY,
        URGENCY,
        KIND,
        TITLE_SECOND_LINE,
        SUMMARY,
        SUMMARY_MARK,
        DECIDING_AUTHORITY,
        DECISION,
        RECIPIENTS_LABEL,
        RECIPIENT,
        LEGAL_BASIS,
        HEADING,
        BODY,
        COUNT,
        TABLE_CELL,
        DISTRIBUTION_LABEL,
        DISTRIBUTION,
        AUTHORITY,
        POSITION,
        GAP,
        SIGNER,
        DRAFTER,
        ANNEX_LABEL,
        ANNEX_TITLE,
        ANNEX_REFERENCE
    }

    /** A run with every style resolved. */
    public record Span(String text, double sizePt, boolean bold, boolean italic, boolean underline, String colour) {

        /** Black text. */
        public Span(String text, double sizePt, boolean bold, boolean italic, boolean underline) {
            this(text, sizePt, bold, italic, underline, null);
        }
    }

    /**
     * One paragraph: alignment, indents (twips; {@code firstLineTwips} may be negative for a hanging label), space
     * before (pt), an exact line height (pt), and a rule drawn centred under it ({@code ruleTwips}, 0 = none).
     * {@code keepBlanks}: its runs of spaces are printed as they are (an undated draft's date). {@code frameTwips}:
     * the width of a one-line frame drawn around it, centred (an urgency mark), 0 = none.
     */
    public record Para(
            Role role,
            List<Span> spans,
            Align align,
            int leftTwips,
            int firstLineTwips,
            double beforePt,
            double lineHeightPt,
            int ruleTwips,
            boolean keepBlanks,
            int frameTwips)
            implements Laid {

        public Para {
            spans = List.copyOf(spans);
        }

        /** The same paragraph with other runs. */
        public Para withSpans(List<Span> other) {
            return new Para(
                    role,
                    other,
                    align,
                    leftTwips,
                    firstLineTwips,
                    beforePt,
                    lineHeightPt,
                    ruleTwips,
                    keepBlanks,
                    frameTwips);
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    /**
     * A table: column widths in twips, rows of cells, each cell a list of paragraphs. Header and footer tables are
     * borderless; body tables have borders.
     */
    public record Grid(int[] columnsTwips, List<List<List<Para>>> rows, boolean bordered, int cellMarginTwips)
            implements Laid {

        public List<Para> cell(int row, int column) {
            return rows.get(row).get(column);
        }

        /** The table's width: its columns summed. */
        public int widthTwips() {
            int total = 0;
            for (int w : columnsTwips) {
                total += w;
            }
            return total;
        }
    }
}
