package vn.ntm.exchange.sheets;

/** How a text cell looks. The number, date and percent cells of {@link RowOut} carry their own formats. */
public enum Look {
    /** The workbook's default font, nothing added. */
    PLAIN,
    /** Bold, as the column codes of an exchange template. */
    BOLD,
    /** Wrapped on several lines, as the long wording of a column. */
    WRAP,
    /** The heading of an official table: bold, wrapped, centred, with thin borders. */
    HEADER
}
