package vn.ntm.install;

/** What a database holds. */
public enum InstallationKind {
    /** Sample data to try the product; marked as demo on every screen. */
    DEMO,
    /** A province's or the country's real data. */
    REAL
}
