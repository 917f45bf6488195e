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
import vn.ntm.db.OneRoundTrip;
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

    /**
     * What a save reads of its unit-year once it holds the unit's write lock, in the same round trip as the lock:
     * every stored value of the unit-year by indicator id (the edited one, and all that its re-judging needs), and a
     * fresh id from the values' sequence when the edited indicator has no value yet (none is taken otherwise).
     */
    static final class UnitYearValues {
        final Map<Long, AssessmentValue> byIndicator = new HashMap<>();
        Long freshId;
    }

    UnitYearValues readIn(OneRoundTrip trip, long unitId, long setId, int year, long indicatorId) {
        UnitYearValues read = new UnitYearValues();
        trip.query(
                "select * from assessment_value where unit_id = ? and set_id = ? and year = ?",
                rs -> {
                    AssessmentValue v = value(rs);
                    read.byIndicator.put(v.indicatorId, v);
                },
                unitId,
                setId,
                year);
        trip.query(
                """
                        select nextval(pg_get_serial_sequence('assessment_value', 'id')) where not exists (
                            select 1 from assessment_value
                            where unit_id = ? and set_id = ? and indicator_id = ? and year = ?)""",
                rs -> {
                    read.freshId = rs.getLong(1);
                },
                unitId,
                setId,
                indicatorId,
                year);
        return read;
    }

    /** A value written by a round trip: filled once the trip ran, empty if its version was stale by then. */
    static final class Written {
        ValueRow row;

        Optional<ValueRow> row() {
            return Optional.ofNullable(row);
        }
    }

    /** Stores a new value under the given id (from {@link #readIn}); the row as stored (no evidence yet). */
    Written insertIn(OneRoundTrip trip, long id, AssessmentValue v, String actor) {
        Written written = new Written();
        trip.query(
                """
                        insert into assessment_value (id, unit_id, set_id, indicator_id, year, numeric_value, met,
                            not_evaluated, not_evaluated_reason, note, state, entered_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *, 0 as evidence_count""",
                rs -> {
                    written.row = row(rs);
                },
                id,
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
                actor);
        return written;
    }

    /** Saves the value's content (an edit by the unit); the row as stored, or none when the version is stale. */
    Written updateContentIn(OneRoundTrip trip, AssessmentValue v, String actor) {
        Written written = new Written();
        trip.query(
                """
                        update assessment_value set numeric_value = ?, met = ?, not_evaluated = ?,
                            not_evaluated_reason = ?, note = ?, state = ?, return_reason = ?, reviewed_by = null,
                            reviewed_at = null, entered_by = ?, entered_at = now(), version = version + 1
                        where id = ? and version = ?
                        returning *, (select count(*) from evidence e where e.value_id = assessment_value.id)
                            as evidence_count""",
                rs -> {
                    written.row = row(rs);
                },
                v.number,
                v.met,
                v.notEvaluated,
                v.notEvaluatedReason,
                v.note,
                v.state.name(),
                v.returnReason,
                actor,
                v.id,
                v.version);
        return written;
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
