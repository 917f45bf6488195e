package vn.ntm.assessment.changes;

import java.util.Set;

/**
 * The life of a change asked for after entry closed: it waits (PENDING) until a leader approves it (APPROVED, the
 * value is written) or somebody who may decide rejects it (REJECTED, with a note). A decision is final: a decided
 * request never changes again; a new change is a new request.
 */
public enum ChangeRequestState {
    /** Asked for, waiting for a decision. */
    PENDING,
    /** Approved: the change was written to the value. */
    APPROVED,
    /** Rejected (or withdrawn by the leader who asked), with a note. */
    REJECTED;

    /** Whether a request in this state may become {@code next}: only a waiting request is decided. */
    boolean mayBecome(ChangeRequestState next) {
        return this == PENDING && Set.of(APPROVED, REJECTED).contains(next);
    }
}
