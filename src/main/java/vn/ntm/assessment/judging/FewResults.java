package vn.ntm.assessment.judging;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rewrites the stored results of a few units (a save of one value re-judges one) in ONE round trip: the old rows
 * deleted and the new ones inserted by one request of several statements, where COPY takes two round trips per
 * table. The rows are those of {@link ResultRows}, as the COPY of {@link ResultStore} writes them.
 */
@Repository
class FewResults {

    /** Up to this many units; more go by COPY. */
    static final int MAX_UNITS = 20;

    private final JdbcClient jdbc;

    FewResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the stored rows of {@code storedUnits}, then writes the judgements (each with its digest). */
    void rewrite(long setId, int year, Long[] storedUnits, List<UnitJudgement> judgements, List<Long> digests) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (storedUnits.length > 0) {
            // as ResultStore's deletes: a plan that knows how short the unit list is
            sql.append("set local plan_cache_mode = force_custom_plan;\n");
            for (String table : List.of("indicator_result", "criterion_result", "unit_result")) {
                sql.append("delete from ")
                        .append(table)
                        .append(" where set_id = ? and year = ? and unit_id = any(?);\n");
                params.add(setId);
                params.add(year);
                params.add(storedUnits);
            }
        }
        List<Object[]> units = new ArrayList<>();
        List<Object[]> criteria = new ArrayList<>();
        List<Object[]> indicators = new ArrayList<>();
        for (int i = 0; i < judgements.size(); i++) {
            UnitJudgement j = judgements.get(i);
            units.add(prefixed(setId, year, ResultRows.unit(j), digests.get(i)));
            j.criteria().forEach(c -> criteria.add(prefixed(setId, year, ResultRows.criterion(j.unitId(), c))));
            j.indicators().forEach(r -> indicators.add(prefixed(setId, year, ResultRows.indicator(j.unitId(), r))));
        }
        insert(sql, params, "unit_result", ResultRows.UNIT_COLUMNS, units);
        insert(sql, params, "criterion_result", ResultRows.CRITERION_COLUMNS, criteria);
        insert(sql, params, "indicator_result", ResultRows.INDICATOR_COLUMNS, indicators);
        if (!sql.isEmpty()) {
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    /** One insert of many rows; each value takes the type of its column. */
    private static void insert(
            StringBuilder sql, List<Object> params, String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sql.append("insert into ")
                .append(table)
                .append(" (")
                .append(columns.strip())
                .append(") values ");
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < rows.get(r).length; c++) {
                sql.append(c == 0 ? "?" : ", ?");
                params.add(rows.get(r)[c]);
            }
            sql.append(')');
        }
        sql.append(";\n");
    }

    private static Object[] prefixed(long setId, int year, Object[] row, Object... after) {
        Object[] all = new Object[2 + row.length + after.length];
        all[0] = setId;
        all[1] = year;
        System.arraycopy(row, 0, all, 2, row.length);
        System.arraycopy(after, 0, all, 2 + row.length, after.length);
        return all;
    }
}
