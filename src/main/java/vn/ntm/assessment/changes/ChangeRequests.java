package vn.ntm.assessment.changes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.UnitYear;
import vn.ntm.assessment.ValueInput;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.Indicator;
import vn.ntm.errors.BadInputException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.VietnameseDates;

/** Changes asked for after entry closed: each carries its reason and waits for a leader's decision. */
@Service
public class ChangeRequests {

    public static final String ENTITY = "value_change_request";

    private final JdbcClient jdbc;
    private final CurrentScope scope;
    private final AuditLog audit;

    ChangeRequests(JdbcClient jdbc, CurrentScope scope, AuditLog audit) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    public record Request(
            long id,
            Long valueId,
            long unitId,
            long setId,
            long indicatorId,
            int year,
            BigDecimal number,
            Boolean met,
            boolean notEvaluated,
            String notEvaluatedReason,
            String note,
            String reason,
            ChangeRequestState state,
            String requestedBy,
            OffsetDateTime requestedAt,
            String decidedBy,
            String decisionNote,
            Integer basedOnVersion) {
        public Request {
            requestedAt = VietnameseDates.inVietnam(requestedAt);
        }
    }

    public long request(UnitYear target, Indicator indicator, EnteredValue entered, ValueInput input) {
        if (input.changeReason() == null || input.changeReason().isBlank()) {
            throw new BadInputException(
                    "changeReason", "assessment.error.entryClosed", target.set().code(), String.valueOf(target.year()));
        }
        return request(
                target.unit().id(),
                target.set().id(),
                target.year(),
                indicator,
                entered,
                input.note(),
                input.changeReason().trim());
    }

    /** Records a change asked for (based on the value's current version) and audits it; returns its id. */
    public long request(
            long unitId, long setId, int year, Indicator indicator, EnteredValue entered, String note, String reason) {
        var current = jdbc.sql("""
                        select id, version from assessment_value where unit_id = ? and set_id = ? and indicator_id = ?
                        and year = ?""")
                .params(unitId, setId, indicator.id(), year)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .optional();
        Long valueId = current.map(v -> v[0]).orElse(null);
        Integer basedOn = current.map(v -> (int) v[1]).orElse(null);
        long id = jdbc.sql("""
                        insert into value_change_request (value_id, unit_id, set_id, indicator_id, year, numeric_value,
                            met, not_evaluated, not_evaluated_reason, note, reason, requested_by, based_on_version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        valueId,
                        unitId,
                        setId,
                        indicator.id(),
                        year,
                        entered.number(),
                        entered.met(),
                        entered.notEvaluated(),
                        entered.notEvaluatedReason(),
                        note,
                        reason,
                        scope.username(),
                        basedOn)
                .query(Long.class)
                .single();
        audit.record(Change.created(ENTITY, id, unitId)
                .field("indicator", null, indicator.code())
                .field("value", null, entered.number())
                .field("met", null, entered.met())
                .reason(reason));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Request> pending(long unitId) {
        scope.get().requireRead(unitId);
        return jdbc.sql(
                        "select *, numeric_value as number from value_change_request where unit_id = ? and state = 'PENDING' "
                                + "order by id")
                .param(unitId)
                .query(Request.class)
                .list();
    }

    /** The latest requests of a unit and their decisions, as the audit recorded them, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long unitId) {
        scope.get().requireRead(unitId);
        return audit.recentForUnit(ENTITY, unitId, 50);
    }

    /** Every request ever made for one unit, indicator and year (also those made before the value existed). */
    public List<Long> idsOf(long unitId, long setId, long indicatorId, int year) {
        return jdbc.sql("""
                        select id from value_change_request where unit_id = ? and set_id = ? and indicator_id = ?
                        and year = ? order by id""")
                .params(unitId, setId, indicatorId, year)
                .query(Long.class)
                .list();
    }

    Optional<Request> find(long id) {
        return jdbc.sql("select *, numeric_value as number from value_change_request where id = ?")
                .param(id)
                .query(Request.class)
                .optional();
    }

    /**
     * Stores a decision taken on {@code before} ({@link ChangeRequest#approve}, {@link ChangeRequest#reject}) and
     * audits it. Written only if the request is still as it was read: a decision taken meanwhile by someone else
     * is never overwritten, this one is refused.
     */
    void save(ChangeRequest before, ChangeRequest decided) {
        int updated = jdbc.sql("""
                        update value_change_request set state = ?, decided_by = ?, decided_at = now(),
                            decision_note = ? where id = ? and state = ?""")
                .params(
                        decided.state().name(),
                        decided.decidedBy(),
                        decided.decisionNote(),
                        decided.id(),
                        before.state().name())
                .update();
        if (updated != 1) {
            find(before.id()).map(ChangeRequest::of).orElseThrow().requireWaiting();
            throw new IllegalStateException("change request " + before.id() + " was not written");
        }
        boolean approved = decided.state() == ChangeRequestState.APPROVED;
        audit.record(Change.of(approved ? "APPROVE" : "REJECT", ENTITY, decided.id(), decided.unitId())
                .field("state", before.state().name(), decided.state().name())
                .reason(decided.decisionNote()));
    }
}
