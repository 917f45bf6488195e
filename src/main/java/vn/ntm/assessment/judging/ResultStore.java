package vn.ntm.assessment.judging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.db.CopyWriter;

/**
 * Writes judgement results, only those that changed: each stored unit result keeps a digest of all its rows
 * ({@link ResultRows}); a unit whose new judgement has the digest already stored is left alone, and the others'
 * old rows are deleted and the new ones written with COPY. Re-judging the whole country after a change that moves
 * few results writes few rows; the reads and the comparison cost a fraction of a second.
 */
@Repository
class ResultStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ResultStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Of these units, those whose stored result used an effective key the predicate accepts, and those without a
     * stored result (they must be judged anyway).
     */
    List<Long> unitsJudgedWith(long setId, int year, Collection<Long> unitIds, Predicate<String> affected) {
        Map<Long, String> keys = new HashMap<>();
        jdbc.sql("select unit_id, effective_key from unit_result where set_id = ? and year = ? and unit_id = any(?)")
                .params(setId, year, unitIds.toArray(Long[]::new))
                .query(rs -> {
                    keys.put(rs.getLong(1), rs.getString(2));
                });
        return unitIds.stream()
                .filter(u -> !keys.containsKey(u) || affected.test(keys.get(u)))
                .toList();
    }

    /**
     * Stores the judgements of these units (a unit of {@code unitIds} without a judgement, no longer in force that
     * year, loses its stored result) and returns the units whose stored result changed. The caller holds the
     * units' write locks, so the digests read here stay what is stored until the transaction ends.
     */
    Set<Long> replace(long setId, int year, Collection<Long> unitIds, List<UnitJudgement> judgements) {
        Map<Long, Long> stored = digests(setId, year, unitIds);
        Set<Long> changed = new LinkedHashSet<>();
        List<UnitJudgement> toWrite = new ArrayList<>();
        List<Long> digestsToWrite = new ArrayList<>();
        Set<Long> judged = new HashSet<>();
        ResultRows.Digest digester = new ResultRows.Digest();
        for (UnitJudgement j : judgements) {
            judged.add(j.unitId());
            long digest = digester.of(j);
            if (!Long.valueOf(digest).equals(stored.get(j.unitId()))) {
                changed.add(j.unitId());
                toWrite.add(j);
                digestsToWrite.add(digest);
            }
        }
        stored.keySet().stream().filter(u -> !judged.contains(u)).forEach(changed::add);
        if (changed.isEmpty()) {
            return changed;
        }
        Long[] storedChanged = changed.stream().filter(stored::containsKey).toArray(Long[]::new);
        delete(setId, year, storedChanged);
        insert(setId, year, toWrite, digestsToWrite);
        return changed;
    }

    /** The stored digest of each unit that has a stored result (null digest: stored before digests, never equal). */
    private Map<Long, Long> digests(long setId, int year, Collection<Long> unitIds) {
        Map<Long, Long> digests = new HashMap<>();
        jdbc.sql("select unit_id, result_digest from unit_result where set_id = ? and year = ? and unit_id = any(?)")
                .params(setId, year, unitIds.toArray(Long[]::new))
                .query(rs -> {
                    digests.put(rs.getLong(1), (Long) rs.getObject(2));
                });
        return digests;
    }

    private void delete(long setId, int year, Long[] units) {
        if (units.length == 0) {
            return;
        }
        // after a few runs PostgreSQL may switch these deletes to a generic plan that cannot know how short the
        // unit list is and scans the whole table (seen: 6 s instead of 0.1 s per 1,000 units of a national import)
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        for (String table : List.of("indicator_result", "criterion_result", "unit_result")) {
            jdbc.sql("delete from " + table + " where set_id = ? and year = ? and unit_id = any(?)")
                    .params(setId, year, units)
                    .update();
        }
    }

    private void insert(long setId, int year, List<UnitJudgement> judgements, List<Long> digests) {
        if (judgements.isEmpty()) {
            return;
        }
        // one COPY after the other on the transaction's connection; closing abandons one that failed half-way
        try (CopyWriter units = new CopyWriter(dataSource, "unit_result", ResultRows.UNIT_COLUMNS)) {
            for (int i = 0; i < judgements.size(); i++) {
                units.row(prefixed(setId, year, ResultRows.unit(judgements.get(i)), digests.get(i)));
            }
            units.flush();
        }
        try (CopyWriter criteria = new CopyWriter(dataSource, "criterion_result", ResultRows.CRITERION_COLUMNS)) {
            for (UnitJudgement j : judgements) {
                for (CriterionResult c : j.criteria()) {
                    criteria.row(prefixed(setId, year, ResultRows.criterion(j.unitId(), c)));
                }
            }
            criteria.flush();
        }
        try (CopyWriter indicators = new CopyWriter(dataSource, "indicator_result", ResultRows.INDICATOR_COLUMNS)) {
            for (UnitJudgement j : judgements) {
                for (IndicatorResult r : j.indicators()) {
                    indicators.row(prefixed(setId, year, ResultRows.indicator(j.unitId(), r)));
                }
            }
            indicators.flush();
        }
    }

    /** Set and year, the row's values, and any values after them. */
    private static Object[] prefixed(long setId, int year, Object[] row, Object... after) {
        Object[] all = new Object[2 + row.length + after.length];
        all[0] = setId;
        all[1] = year;
        System.arraycopy(row, 0, all, 2, row.length);
        System.arraycopy(after, 0, all, 2 + row.length, after.length);
        return all;
    }
}
