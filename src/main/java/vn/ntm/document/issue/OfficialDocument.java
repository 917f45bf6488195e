package vn.ntm.document.issue;

import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.ntm.document.DocumentState;
import vn.ntm.document.Source;
import vn.ntm.errors.ConflictException;

/**
 * An official document on its way from draft to record. It is generated as a draft, as often as its content
 * changes; numbering fixes its number and issue date and with them its content; the signed copy uploaded back makes
 * it issued; a numbered or issued document may be withdrawn (it keeps its number), a draft discarded. Each move
 * returns the document as it is after the move, or is refused, naming both states, when the state does not allow it.
 */
public record OfficialDocument(
        long id,
        long issuerBodyId,
        long unitId,
        String family,
        String kind,
        String title,
        DocumentState state,
        Source source,
        LocalDate issuedOn,
        String stateReason,
        int version) {

    /** Numbered on {@code day}: only a draft. */
    public OfficialDocument numbered(LocalDate day) {
        return moved(DocumentState.NUMBERED, day, stateReason);
    }

    /** Its signed copy confirmed as the issued version: only once numbered. */
    public OfficialDocument issued() {
        return moved(DocumentState.ISSUED, issuedOn, stateReason);
    }

    /** Withdrawn (thu hồi) for a reason, its number kept: numbered or issued. */
    public OfficialDocument withdrawn(String reason) {
        return moved(DocumentState.WITHDRAWN, issuedOn, reason);
    }

    /** A draft given up for a reason (none needed): never numbered. */
    public OfficialDocument discarded(String reason) {
        return moved(DocumentState.DISCARDED, issuedOn, reason);
    }

    /** A new generation of its content: only while a draft. */
    public OfficialDocument redrafted(String newTitle) {
        if (state != DocumentState.DRAFT) {
            throw new ConflictException("state", "document.error.notDraft", label(state));
        }
        return new OfficialDocument(
                id, issuerBodyId, unitId, family, kind, newTitle, state, source, issuedOn, stateReason, version);
    }

    /** A signed copy may come back once the document is numbered, and again (a better scan) once issued. */
    public void requireSignedCopyAllowed() {
        if (state == DocumentState.DRAFT) {
            throw new ConflictException("state", "document.error.signedBeforeNumber");
        }
        if (state != DocumentState.NUMBERED && state != DocumentState.ISSUED) {
            throw new ConflictException("state", "document.error.signedNotAllowed", label(state));
        }
    }

    private OfficialDocument moved(DocumentState next, LocalDate day, String reason) {
        if (!state.allows(next)) {
            throw new ConflictException("state", "document.error.move", label(state), label(next));
        }
        return new OfficialDocument(id, issuerBodyId, unitId, family, kind, title, next, source, day, reason, version);
    }

    /** The state in the reader's words, resolved when the message is. */
    static Object label(DocumentState state) {
        return new DefaultMessageSourceResolvable(new String[] {"document.state." + state}, state.name());
    }
}
