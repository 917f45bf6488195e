package vn.ntm.imports;

/** What to do when some rows of a file are bad. */
public enum ImportMode {
    /** One bad row and nothing is written; the report lists every problem. The default. */
    ALL_OR_NOTHING,
    /** Write the valid rows and report the others. */
    VALID_ROWS
}
