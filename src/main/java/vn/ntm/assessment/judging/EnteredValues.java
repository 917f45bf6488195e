package vn.ntm.assessment.judging;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.assessment.EnteredValue;

/**
 * The entered values that a judgement reads, for many units at once: only the columns judging needs (a national
 * re-judge reads 572,000 values; the full rows with their notes and reviewers take several times longer).
 */
@Repository
public class EnteredValues {

    private final JdbcClient jdbc;

    EnteredValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By unit, then by indicator id. */
    public Map<Long, Map<Long, EnteredValue>> of(long setId, int year, Collection<Long> unitIds) {
        Map<Long, Map<Long, EnteredValue>> result = new HashMap<>();
        jdbc.sql("""
                        select unit_id, indicator_id, numeric_value, met, not_evaluated, not_evaluated_reason,
                            state in ('VERIFIED', 'LOCKED')
                        from assessment_value where set_id = ? and year = ? and unit_id = any(?)""").params(setId, year, unitIds.toArray(Long[]::new)).query(rs -> {
            result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .put(
                            rs.getLong(2),
                            new EnteredValue(
                                    rs.getBigDecimal(3),
                                    (Boolean) rs.getObject(4),
                                    rs.getBoolean(5),
                                    rs.getString(6),
                                    rs.getBoolean(7)));
        });
        return result;
    }
}
