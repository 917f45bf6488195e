package vn.ntm.assessment.judging;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ntm.assessment.IndicatorStatus;

/**
 * The rows one unit's judgement is stored as (unit_result, criterion_result, indicator_result, without set and
 * year), and a digest of them all, kept in unit_result: equal digests mean equal stored rows, so a re-judge that
 * changes nothing writes nothing.
 */
final class ResultRows {

    static final String UNIT_COLUMNS = """
            set_id, year, unit_id, met_count, criteria_count, verdict, not_met_indicators, no_data_indicators,
            not_configured_indicators, not_evaluated_indicators, province_unit_id, overlay_id, effective_key,
            key_reason, reference_date, unverified_values, unverified_thresholds, result_digest""";
    static final String CRITERION_COLUMNS = "set_id, year, unit_id, criterion_number, status";
    static final String INDICATOR_COLUMNS = """
            set_id, year, unit_id, indicator_id, criterion_number, status, numeric_value, met, threshold_id,
            threshold_value, gap, threshold_verified, value_verified""";

    /** Bumped when the stored columns change, so every stored digest differs from the next one computed. */
    private static final int FORMAT = 1;

    private ResultRows() {}

    static Object[] unit(UnitJudgement j) {
        JudgementContext c = j.context();
        return new Object[] {
            j.unitId(),
            j.metCount(),
            j.criteriaCount(),
            j.verdict().name(),
            (int) j.count(IndicatorStatus.NOT_MET),
            (int) j.count(IndicatorStatus.NO_DATA),
            (int) j.count(IndicatorStatus.NOT_CONFIGURED),
            (int) j.count(IndicatorStatus.NOT_EVALUATED),
            c.provinceUnitId(),
            c.overlay() == null ? null : c.overlay().id(),
            c.effectiveKey().key(),
            c.effectiveKey().reason().name(),
            c.referenceDate(),
            (int) j.unverifiedValues(),
            (int) j.unverifiedThresholds()
        };
    }

    static Object[] criterion(long unitId, CriterionResult c) {
        return new Object[] {unitId, c.number(), c.status().name()};
    }

    static Object[] indicator(long unitId, IndicatorResult r) {
        return new Object[] {
            unitId,
            r.indicatorId(),
            r.criterionNumber(),
            r.status().name(),
            r.number(),
            r.met(),
            r.thresholdId(),
            r.thresholdValue(),
            r.gap(),
            r.thresholdVerified(),
            r.valueVerified()
        };
    }

    /**
     * A 64-bit hash of the values in order, each with its type marker, numbers and dates exactly, text char by char.
     * Every step is a bijection of the running state, so two results that differ in a single value never share a
     * digest; several differences meet by chance once in 2^64. One instance serves a whole batch (not thread-safe). A
     * cryptographic digest was measured at several times the cost on the national data; what it would add is
     * resistance to crafted collisions, and values are typed by officers of the unit itself within checked ranges.
     */
    static final class Digest {
        private long state;

        /** The digest of every row the judgement is stored as. */
        long of(UnitJudgement j) {
            state = 0x243F6A8885A308D3L;
            mix(FORMAT);
            row(unit(j));
            for (CriterionResult c : j.criteria()) {
                row(criterion(j.unitId(), c));
            }
            for (IndicatorResult r : j.indicators()) {
                row(indicator(j.unitId(), r));
            }
            return finish(state);
        }

        private void row(Object[] values) {
            for (Object v : values) {
                add(v);
            }
            mix('\n');
        }

        private void add(Object v) {
            if (v == null) {
                mix(0);
            } else if (v instanceof Long l) {
                mix(1);
                mix(l);
            } else if (v instanceof Integer i) {
                mix(2);
                mix(i);
            } else if (v instanceof Boolean b) {
                mix(b ? 3 : 4);
            } else if (v instanceof BigDecimal n && n.unscaledValue().bitLength() < 63) {
                mix(5);
                mix(n.unscaledValue().longValue());
                mix(n.scale());
            } else if (v instanceof LocalDate d) {
                mix(6);
                mix(d.toEpochDay());
            } else {
                String text = v instanceof BigDecimal n ? n.toPlainString() : v.toString();
                mix(7);
                mix(text.length());
                for (int i = 0; i < text.length(); i++) {
                    mix(text.charAt(i));
                }
            }
        }

        private void mix(long value) {
            state ^= value;
            state *= 0x9E3779B97F4A7C15L;
            state ^= state >>> 29;
        }

        /** MurmurHash3's finaliser. */
        private static long finish(long h) {
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            return h;
        }
    }
}
