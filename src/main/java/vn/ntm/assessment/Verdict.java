package vn.ntm.assessment;

/** Whether a unit meets the standard of a set in a year: the verdict of its standing, as stored and shown. */
public enum Verdict {
    /** Every criterion met: đạt chuẩn. */
    MEETS,
    /** At least one criterion not met. */
    NOT_MET,
    /** Nothing is not met, but missing data or thresholds leave the verdict open. */
    INCOMPLETE
}
