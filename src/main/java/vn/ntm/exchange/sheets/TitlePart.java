package vn.ntm.exchange.sheets;

/**
 * The lines of the official title block and their type, after Decree 30/2020, Phụ lục I, section II (sizes from its
 * example table; see docs of the document layout): the superior body in capitals, the issuing body in bold capitals,
 * the national title in bold capitals, the motto in bold with the line under it as long as the text, the date line
 * in italic, the title in bold.
 */
enum TitlePart {
    SUPERIOR(12, false, false, false),
    ISSUER(12, true, false, false),
    NATIONAL_TITLE(12, true, false, false),
    MOTTO(13, true, false, true),
    DATE_LINE(13, false, true, false),
    TITLE(14, true, false, false),
    SUBTITLE(13, true, false, false);

    private final short points;
    private final boolean bold;
    private final boolean italic;
    private final boolean underlined;

    TitlePart(int points, boolean bold, boolean italic, boolean underlined) {
        this.points = (short) points;
        this.bold = bold;
        this.italic = italic;
        this.underlined = underlined;
    }

    short points() {
        return points;
    }

    boolean bold() {
        return bold;
    }

    boolean italic() {
        return italic;
    }

    boolean underlined() {
        return underlined;
    }
}
