package vn.ntm.assessment.judging;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.db.CopyWriter;

/**
 * Writes judgement results in bulk: the old results of the unit-years are deleted and the new ones written with a
 * few statements (COPY for the criterion and indicator rows), so re-judging a whole region costs seconds.
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
    List<Long> unitsJudgedWith(long setId, int year, Collection<Long> unitIds,
                               java.util.function.Predicate<String> affected) {
        java.util.Map<Long, String> keys = new java.util.HashMap<>();
        jdbc.sql("select unit_id, effective_key from unit_result where set_id = ? and year = ? and unit_id = any(?)")
                .params(setId, year, unitIds.toArray(Long[]::new))
                .query(rs -> {
                    keys.put(rs.getLong(1), rs.getString(2));
                });
        return unitIds.stream().filter(u -> !keys.containsKey(u) || affected.test(keys.get(u))).toList();
    }

    /** Replaces the stored results of the unit-years; returns the units whose stored result was written. */
    Set<Long> replace(long setId, int year, Collection<Long> unitIds, List<UnitJudgement> judgements) {
        Long[] units = unitIds.toArray(Long[]::new);
        // after a few runs PostgreSQL may switch these deletes to a generic plan that cannot know how short the
        // unit list is and scans the whole table (seen: 6 s instead of 0.1 s per 1,000 units of a national import)
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        for (String table : List.of("indicator_result", "criterion_result", "unit_result")) {
            jdbc.sql("delete from " + table + " where set_id = ? and year = ? and unit_id = any(?)")
                    .params(setId, year, units).update();
        }
        if (!judgements.isEmpty()) {
            insertUnits(setId, year, judgements);
            insertCriteria(setId, year, judgements);
            insertIndicators(setId, year, judgements);
        }
        return new LinkedHashSet<>(unitIds);
    }

    private void insertUnits(long setId, int year, List<UnitJudgement> judgements) {
        int n = judgements.size();
        Long[] unit = new Long[n];
        Integer[] met = new Integer[n];
        Integer[] total = new Integer[n];
        String[] verdict = new String[n];
        Integer[] notMet = new Integer[n];
        Integer[] noData = new Integer[n];
        Integer[] notConfigured = new Integer[n];
        Integer[] notEvaluated = new Integer[n];
        Long[] province = new Long[n];
        Long[] overlay = new Long[n];
        String[] key = new String[n];
        String[] reason = new String[n];
        String[] date = new String[n];
        Integer[] unverifiedValues = new Integer[n];
        Integer[] unverifiedThresholds = new Integer[n];
        for (int i = 0; i < n; i++) {
            UnitJudgement j = judgements.get(i);
            unit[i] = j.unitId();
            met[i] = j.metCount();
            total[i] = j.criteriaCount();
            verdict[i] = j.verdict().name();
            notMet[i] = (int) j.count(IndicatorStatus.NOT_MET);
            noData[i] = (int) j.count(IndicatorStatus.NO_DATA);
            notConfigured[i] = (int) j.count(IndicatorStatus.NOT_CONFIGURED);
            notEvaluated[i] = (int) j.count(IndicatorStatus.NOT_EVALUATED);
            province[i] = j.context().provinceUnitId();
            overlay[i] = j.context().overlay() == null ? null : j.context().overlay().id();
            key[i] = j.context().effectiveKey().key();
            reason[i] = j.context().effectiveKey().reason().name();
            date[i] = j.context().referenceDate().toString();
            unverifiedValues[i] = (int) j.unverifiedValues();
            unverifiedThresholds[i] = (int) j.unverifiedThresholds();
        }
        jdbc.sql("""
                        insert into unit_result (set_id, year, unit_id, met_count, criteria_count, verdict,
                            not_met_indicators, no_data_indicators, not_configured_indicators,
                            not_evaluated_indicators, province_unit_id, overlay_id, effective_key, key_reason,
                            reference_date, unverified_values, unverified_thresholds)
                        select ?, ?, * from unnest(?::bigint[], ?::int[], ?::int[], ?::text[], ?::int[], ?::int[],
                            ?::int[], ?::int[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]::date[],
                            ?::int[], ?::int[])""")
                .params(setId, year, unit, met, total, verdict, notMet, noData, notConfigured, notEvaluated,
                        province, overlay, key, reason, date, unverifiedValues, unverifiedThresholds)
                .update();
    }

    private void insertCriteria(long setId, int year, List<UnitJudgement> judgements) {
        CopyWriter copy = new CopyWriter(dataSource, "criterion_result",
                "set_id, year, unit_id, criterion_number, status");
        for (UnitJudgement j : judgements) {
            for (CriterionResult c : j.criteria()) {
                copy.row(setId, year, j.unitId(), c.number(), c.status().name());
            }
        }
        copy.flush();
    }

    private void insertIndicators(long setId, int year, List<UnitJudgement> judgements) {
        CopyWriter copy = new CopyWriter(dataSource, "indicator_result", """
                set_id, year, unit_id, indicator_id, criterion_number, status, numeric_value, met, threshold_id,
                threshold_value, gap, threshold_verified, value_verified""");
        for (UnitJudgement j : judgements) {
            for (IndicatorResult r : j.indicators()) {
                copy.row(setId, year, j.unitId(), r.indicatorId(), r.criterionNumber(), r.status().name(), r.number(),
                        r.met(), r.thresholdId(), r.thresholdValue(), r.gap(), r.thresholdVerified(),
                        r.valueVerified());
            }
        }
        copy.flush();
    }
}
