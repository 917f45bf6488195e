package vn.ntm.assessment.judging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.db.CopyWriter;
import vn.ntm.db.OneRoundTrip;

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

    /** One unit's stored digest, read in a save's first round trip: none stored, or the digest (null: before V21). */
    static final class StoredDigest {
        private boolean stored;
        private Long digest;
    }

    StoredDigest digestIn(OneRoundTrip trip, long setId, int year, long unitId) {
        StoredDigest read = new StoredDigest();
        trip.query(
                "select result_digest from unit_result where set_id = ? and year = ? and unit_id = ?",
                rs -> {
                    read.stored = true;
                    read.digest = (Long) rs.getObject(1);
                },
                setId,
                year,
                unitId);
        return read;
    }

    /**
     * Stores one unit's new judgement {@code after} with the statements of the caller's round trip; returns whether
     * the stored result changes. {@code before} is the unit judged from its values as they were, with the same facts
     * and thresholds: when its digest is the stored one, the stored rows are its rows, and only the rows that differ
     * from it are updated (a save changes one value: one indicator row, perhaps its criterion's, and the unit's).
     * Otherwise (nothing stored yet, or stored from other inputs) every row of the unit is written again.
     */
    boolean replaceOneIn(
            OneRoundTrip trip,
            long setId,
            int year,
            StoredDigest stored,
            Supplier<UnitJudgement> judgedBefore,
            UnitJudgement after) {
        ResultRows.Digest digester = new ResultRows.Digest();
        long digest = digester.of(after);
        if (stored.stored && Long.valueOf(digest).equals(stored.digest)) {
            return false;
        }
        long unitId = after.unitId();
        // judged only now: a save that changes no result (the common case) never needs the values as they were
        UnitJudgement before = stored.stored ? judgedBefore.get() : null;
        if (stored.stored && Long.valueOf(digester.of(before)).equals(stored.digest) && sameRows(before, after)) {
            updateChangedRows(trip, setId, year, before, after, digest);
            return true;
        }
        if (stored.stored) {
            for (String table : List.of("indicator_result", "criterion_result", "unit_result")) {
                trip.update(
                        "delete from " + table + " where set_id = ? and year = ? and unit_id = ?", setId, year, unitId);
            }
        }
        trip.update(
                "insert into unit_result (" + ResultRows.UNIT_COLUMNS + ") values (" + UNIT_VALUES + ")",
                prefixed(setId, year, ResultRows.unit(after), digest));
        List<Object[]> criteria = new ArrayList<>();
        after.criteria().forEach(c -> criteria.add(ResultRows.criterion(unitId, c)));
        trip.update(
                "insert into criterion_result (" + ResultRows.CRITERION_COLUMNS + ") select ?::bigint, ?::int, r.* "
                        + "from unnest(?::text[]::bigint[], ?::text[]::int[], ?::text[]) as r",
                prefixed(setId, year, columns(criteria, 3)));
        List<Object[]> indicators = new ArrayList<>();
        after.indicators().forEach(r -> indicators.add(ResultRows.indicator(unitId, r)));
        trip.update(
                "insert into indicator_result (" + ResultRows.INDICATOR_COLUMNS + ") select ?::bigint, ?::int, r.* "
                        + "from unnest(" + INDICATOR_ARRAYS + ") as r",
                prefixed(setId, year, columns(indicators, 11)));
        return true;
    }

    /** The unit row's values after its key (set, year, unit), digest last, typed (nulls carry no type of their own). */
    private static final String UNIT_AFTER_KEY = "?::int, ?::int, ?, ?::int, ?::int, ?::int, ?::int, ?::bigint, "
            + "?::bigint, ?, ?, ?::date, ?::int, ?::int, ?::bigint";

    private static final String UNIT_VALUES = "?::bigint, ?::int, ?::bigint, " + UNIT_AFTER_KEY;

    /** An indicator row's columns as arrays, in {@link ResultRows#indicator}'s order (unit first). */
    private static final String INDICATOR_ARRAYS = "?::text[]::bigint[], ?::text[]::bigint[], ?::text[]::int[], "
            + "?::text[], ?::text[]::numeric[], ?::text[]::boolean[], ?::text[]::bigint[], ?::text[]::numeric[], "
            + "?::text[]::numeric[], ?::text[]::boolean[], ?::text[]::boolean[]";

    /** Both judgements store the same rows (same criteria and indicators), so one can be updated into the other. */
    private static boolean sameRows(UnitJudgement before, UnitJudgement after) {
        return before.unitId() == after.unitId()
                && before.criteria().stream()
                        .map(CriterionResult::number)
                        .toList()
                        .equals(after.criteria().stream()
                                .map(CriterionResult::number)
                                .toList())
                && before.indicators().stream()
                        .map(IndicatorResult::indicatorId)
                        .toList()
                        .equals(after.indicators().stream()
                                .map(IndicatorResult::indicatorId)
                                .toList());
    }

    /**
     * The unit's key is given as scalars, never joined from the arrays: once PostgreSQL plans these statements
     * generically (after a few runs) it cannot know how short the arrays are, and a join on them may scan the whole
     * national table (the note on {@link #delete} saw it with deletes).
     */
    private static void updateChangedRows(
            OneRoundTrip trip, long setId, int year, UnitJudgement before, UnitJudgement after, long digest) {
        long unitId = after.unitId();
        trip.update(
                "update unit_result set (" + UNIT_SET_COLUMNS + ", judged_at) = (" + UNIT_AFTER_KEY + ", now()) "
                        + "where set_id = ? and year = ? and unit_id = ?",
                concat(afterKey(ResultRows.unit(after)), new Object[] {digest, setId, year, unitId}));
        List<Object[]> criteria = changed(
                before.criteria().stream()
                        .map(c -> ResultRows.criterion(unitId, c))
                        .toList(),
                after.criteria().stream()
                        .map(c -> ResultRows.criterion(unitId, c))
                        .toList());
        if (!criteria.isEmpty()) {
            trip.update("""
                            update criterion_result c set status = r.status
                            from unnest(?::text[]::bigint[], ?::text[]::int[], ?::text[]) as r(unit_id, number, status)
                            where c.set_id = ? and c.year = ? and c.unit_id = ?
                              and c.criterion_number = r.number""", concat(columns(criteria, 3), new Object[] {setId, year, unitId}));
        }
        List<Object[]> indicators = changed(
                before.indicators().stream()
                        .map(r -> ResultRows.indicator(unitId, r))
                        .toList(),
                after.indicators().stream()
                        .map(r -> ResultRows.indicator(unitId, r))
                        .toList());
        if (!indicators.isEmpty()) {
            trip.update(
                    "update indicator_result i set criterion_number = r.criterion_number, status = r.status, "
                            + "numeric_value = r.numeric_value, met = r.met, threshold_id = r.threshold_id, "
                            + "threshold_value = r.threshold_value, gap = r.gap, "
                            + "threshold_verified = r.threshold_verified, value_verified = r.value_verified "
                            + "from unnest(" + INDICATOR_ARRAYS + ") as r(unit_id, indicator_id, criterion_number, "
                            + "status, numeric_value, met, threshold_id, threshold_value, gap, threshold_verified, "
                            + "value_verified) "
                            + "where i.set_id = ? and i.year = ? and i.unit_id = ? "
                            + "and i.indicator_id = r.indicator_id",
                    concat(columns(indicators, 11), new Object[] {setId, year, unitId}));
        }
    }

    /** The unit row's columns after set, year and unit, as an update sets them. */
    private static final String UNIT_SET_COLUMNS = ResultRows.UNIT_COLUMNS
            .replaceFirst("^\\s*set_id,\\s*year,\\s*unit_id,\\s*", "")
            .strip();

    /** The rows of {@code after} that differ from the row at the same place in {@code before}. */
    private static List<Object[]> changed(List<Object[]> before, List<Object[]> after) {
        List<Object[]> changed = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (!Arrays.equals(before.get(i), after.get(i))) {
                changed.add(after.get(i));
            }
        }
        return changed;
    }

    /** Rows of {@code width} values as one text array per column (the text COPY would send; null stays null). */
    private static Object[] columns(List<Object[]> rows, int width) {
        Object[] columns = new Object[width];
        for (int c = 0; c < width; c++) {
            String[] column = new String[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                Object v = rows.get(r)[c];
                column[r] = v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
            }
            columns[c] = column;
        }
        return columns;
    }

    /** A unit row without its unit id (its first value). */
    private static Object[] afterKey(Object[] unitRow) {
        return Arrays.copyOfRange(unitRow, 1, unitRow.length);
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
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
