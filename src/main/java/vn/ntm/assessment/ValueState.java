package vn.ntm.assessment;

/**
 * The life of an indicator value. The commune enters it (DRAFT) and submits it; the body that owns the criterion
 * verifies it or returns it with a reason (RETURNED, back to the commune, which edits and submits again). A
 * recognition case LOCKs it: nothing may change it then.
 */
public enum ValueState {
    /** Entered or changed by the commune, not yet submitted. */
    DRAFT,
    /** Sent to the owning body for checking. */
    SUBMITTED,
    /** Checked and accepted by the owning body. */
    VERIFIED,
    /** Sent back by the owning body with a reason. */
    RETURNED,
    /** Frozen by a recognition case. */
    LOCKED
}
