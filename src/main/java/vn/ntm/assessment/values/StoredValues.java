package vn.ntm.assessment.values;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.ValueState;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.UnitScope;

/**
 * The stored values of many units of one set and year in one query, for spreadsheets of every commune in scope:
 * the value, its note, state and version (a later change shows as a new version).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("values")
public class StoredValues {

    private final Catalog catalog;
    private final CurrentScope scope;
    private final JdbcClient jdbc;

    StoredValues(Catalog catalog, CurrentScope scope, JdbcClient jdbc) {
        this.catalog = catalog;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    /** One stored value, with who last entered it and when (a stale sheet's conflict names them). */
    public record StoredValue(
            String indicatorCode,
            BigDecimal number,
            Boolean met,
            boolean notEvaluated,
            String notEvaluatedReason,
            String note,
            ValueState state,
            int version,
            String enteredBy,
            Instant enteredAt) {}

    /** Values by unit id, then indicator code; units the caller may not read are refused. */
    public Map<Long, Map<String, StoredValue>> of(String setCode, int year, Collection<Long> unitIds) {
        UnitScope readable = scope.get();
        unitIds.forEach(readable::requireRead);
        CriteriaSet set = catalog.set(setCode);
        Map<Long, String> codes = new HashMap<>();
        set.indicators().forEach(i -> codes.put(i.id(), i.code()));
        Map<Long, Map<String, StoredValue>> result = new HashMap<>();
        jdbc.sql("""
                        select unit_id, indicator_id, numeric_value, met, not_evaluated, not_evaluated_reason, note,
                            state, version, entered_by, entered_at from assessment_value where set_id = ? and year = ? and unit_id = any(?)""").params(set.id(), year, unitIds.toArray(Long[]::new)).query(rs -> {
            String code = codes.get(rs.getLong(2));
            result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .put(
                            code,
                            new StoredValue(
                                    code,
                                    rs.getBigDecimal(3),
                                    (Boolean) rs.getObject(4),
                                    rs.getBoolean(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    ValueState.valueOf(rs.getString(8)),
                                    rs.getInt(9),
                                    rs.getString(10),
                                    rs.getTimestamp(11).toInstant()));
        });
        return result;
    }
}
