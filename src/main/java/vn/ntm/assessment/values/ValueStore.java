package vn.ntm.assessment.values;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.assessment.ValueState;
import vn.ntm.text.VietnameseDates;

/** SQL for assessment values. Updates check the version, so a concurrent edit is refused, never lost. */
@Repository
public class ValueStore {

    private final JdbcClient jdbc;

    ValueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A value with who entered and reviewed it and when, for lists and the audit screen. */
    public record ValueRow(
            long id,
            long unitId,
            long setId,
            long indicatorId,
            int year,
            BigDecimal number,
            Boolean met,
            boolean notEvaluated,
            String notEvaluatedReason,
            String note,
            ValueState state,
            String returnReason,
            String enteredBy,
            OffsetDateTime enteredAt,
            String reviewedBy,
            OffsetDateTime reviewedAt,
            int version,
            int evidenceCount) {
        public ValueRow {
            enteredAt = VietnameseDates.inVietnam(enteredAt);
            reviewedAt = VietnameseDates.inVietnam(reviewedAt);
        }
    }

    public Optional<AssessmentValue> find(long unitId, long setId, long indicatorId, int year) {
        return jdbc.sql(
                        "select * from assessment_value where unit_id = ? and set_id = ? and indicator_id = ? and year = ?")
                .params(unitId, setId, indicatorId, year)
                .query((rs, n) -> value(rs))
                .optional();
    }

    public Optional<AssessmentValue> find(long id) {
        return jdbc.sql("select * from assessment_value where id = ?")
                .param(id)
                .query((rs, n) -> value(rs))
                .optional();
    }

    public List<ValueRow> rows(long unitId, long setId, int year) {
        return jdbc.sql("""
                        select v.*, (select count(*) from evidence e where e.value_id = v.id) as evidence_count
                        from assessment_value v where unit_id = ? and set_id = ? and year = ?""")
                .params(unitId, setId, year)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<ValueRow> row(long id) {
        return jdbc.sql("""
                        select v.*, (select count(*) from evidence e where e.value_id = v.id) as evidence_count
                        from assessment_value v where id = ?""").param(id).query((rs, n) -> row(rs)).optional();
    }

    /** Unit-years holding values of a set: what must be re-judged when the set's thresholds change. */
    public Map<Integer, List<Long>> unitYears(long setId) {
        Map<Integer, List<Long>> result = new HashMap<>();
        jdbc.sql("select distinct year, unit_id from assessment_value where set_id = ?")
                .param(setId)
                .query(rs -> {
                    result.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }

    /** Sets and years holding values of these units: what must be re-judged when their attributes change. */
    public Map<SetYear, List<Long>> setYearsOf(Collection<Long> unitIds) {
        Map<SetYear, List<Long>> result = new HashMap<>();
        jdbc.sql("select distinct set_id, year, unit_id from assessment_value where unit_id = any(?)")
                .param(unitIds.toArray(Long[]::new))
                .query(rs -> {
                    result.computeIfAbsent(new SetYear(rs.getLong(1), rs.getInt(2)), k -> new ArrayList<>())
                            .add(rs.getLong(3));
                });
        return result;
    }

    public record SetYear(long setId, int year) {}

    /** Stores a new value; returns it as stored (no evidence yet). */
    ValueRow insert(AssessmentValue v, String actor) {
        return jdbc.sql("""
                        insert into assessment_value (unit_id, set_id, indicator_id, year, numeric_value, met,
                            not_evaluated, not_evaluated_reason, note, state, entered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *, 0 as evidence_count""")
                .params(
                        v.unitId,
                        v.setId,
                        v.indicatorId,
                        v.year,
                        v.number,
                        v.met,
                        v.notEvaluated,
                        v.notEvaluatedReason,
                        v.note,
                        v.state.name(),
                        actor)
                .query((rs, n) -> row(rs))
                .single();
    }

    /** Saves the value's content (an edit by the unit); returns it as stored, or empty when the version is stale. */
    Optional<ValueRow> updateContent(AssessmentValue v, String actor) {
        return jdbc.sql("""
                        update assessment_value set numeric_value = ?, met = ?, not_evaluated = ?,
                            not_evaluated_reason = ?, note = ?, state = ?, return_reason = ?, reviewed_by = null,
                            reviewed_at = null, entered_by = ?, entered_at = now(), version = version + 1
                        where id = ? and version = ?
                        returning *, (select count(*) from evidence e where e.value_id = assessment_value.id)
                            as evidence_count""")
                .params(
                        v.number,
                        v.met,
                        v.notEvaluated,
                        v.notEvaluatedReason,
                        v.note,
                        v.state.name(),
                        v.returnReason,
                        actor,
                        v.id,
                        v.version)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Saves a transition (submit, verify, return, lock); false when the version is stale. */
    boolean updateState(AssessmentValue v, boolean reviewed) {
        return jdbc.sql("update assessment_value set state = ?, return_reason = ?, reviewed_by = ?, "
                                + (reviewed ? "reviewed_at = now(), " : "")
                                + "version = version + 1 where id = ? and version = ?")
                        .params(v.state.name(), v.returnReason, v.reviewedBy, v.id, v.version)
                        .update()
                == 1;
    }

    private static AssessmentValue value(ResultSet rs) throws SQLException {
        return new AssessmentValue(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getLong("set_id"),
                rs.getLong("indicator_id"),
                rs.getInt("year"),
                rs.getBigDecimal("numeric_value"),
                (Boolean) rs.getObject("met"),
                rs.getBoolean("not_evaluated"),
                rs.getString("not_evaluated_reason"),
                rs.getString("note"),
                ValueState.valueOf(rs.getString("state")),
                rs.getString("return_reason"),
                rs.getString("reviewed_by"),
                rs.getInt("version"));
    }

    private static ValueRow row(ResultSet rs) throws SQLException {
        return new ValueRow(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getLong("set_id"),
                rs.getLong("indicator_id"),
                rs.getInt("year"),
                rs.getBigDecimal("numeric_value"),
                (Boolean) rs.getObject("met"),
                rs.getBoolean("not_evaluated"),
                rs.getString("not_evaluated_reason"),
                rs.getString("note"),
                ValueState.valueOf(rs.getString("state")),
                rs.getString("return_reason"),
                rs.getString("entered_by"),
                rs.getObject("entered_at", OffsetDateTime.class),
                rs.getString("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getInt("version"),
                rs.getInt("evidence_count"));
    }
}
