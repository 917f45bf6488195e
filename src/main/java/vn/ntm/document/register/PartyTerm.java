package vn.ntm.document.register;

import java.time.LocalDate;

/** A term (nhiệm kỳ) of a cấp ủy: its Party series run within it. {@code endsOn} null while it runs. */
public record PartyTerm(long id, long ownerBodyId, String label, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
