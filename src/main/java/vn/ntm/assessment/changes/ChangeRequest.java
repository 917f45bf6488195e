package vn.ntm.assessment.changes;

import java.util.Objects;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;

/**
 * A change asked for after entry closed, as the aggregate that guards its own decision: only a waiting request is
 * approved or rejected ({@link ChangeRequestState}), an approval only over the value it was based on, a rejection
 * only with a note. A refused step throws a clear error and returns nothing new, so nothing is written.
 * Who may decide is another rule ({@link ApprovalPolicy}).
 */
record ChangeRequest(
        long id, long unitId, ChangeRequestState state, Integer basedOnVersion, String decidedBy, String decisionNote) {

    static ChangeRequest of(ChangeRequests.Request request) {
        return new ChangeRequest(
                request.id(),
                request.unitId(),
                request.state(),
                request.basedOnVersion(),
                request.decidedBy(),
                request.decisionNote());
    }

    /** Refuses when the request is no longer waiting for a decision (it was approved or rejected already). */
    void requireWaiting() {
        if (state != ChangeRequestState.PENDING) {
            throw decided();
        }
    }

    /**
     * The request approved by {@code by}; refused when it was decided already or when the value changed since it
     * was asked for ({@code currentVersion}: the value's version now, null when there is none yet), because
     * approving it would silently overwrite that newer value.
     */
    ChangeRequest approve(String by, String note, Integer currentVersion) {
        require(ChangeRequestState.APPROVED);
        if (!Objects.equals(currentVersion, basedOnVersion)) {
            throw new ConflictException("version", "assessment.error.requestStale", String.valueOf(id));
        }
        return new ChangeRequest(id, unitId, ChangeRequestState.APPROVED, basedOnVersion, by, note);
    }

    /** The request rejected by {@code by} with a note (the commune reads why); refused when already decided. */
    ChangeRequest reject(String by, String note) {
        requireRejectionNote(note);
        require(ChangeRequestState.REJECTED);
        return new ChangeRequest(id, unitId, ChangeRequestState.REJECTED, basedOnVersion, by, note);
    }

    /** A rejection says why: refused without a note. */
    static void requireRejectionNote(String note) {
        if (note == null || note.isBlank()) {
            throw new BadInputException("note", "input.error.rejectNoteRequired");
        }
    }

    private void require(ChangeRequestState next) {
        if (!state.mayBecome(next)) {
            throw decided();
        }
    }

    private ConflictException decided() {
        return new ConflictException("state", "assessment.error.requestDecided", id, state);
    }
}
