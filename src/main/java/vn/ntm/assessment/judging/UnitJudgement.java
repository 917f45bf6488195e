package vn.ntm.assessment.judging;

import java.util.List;
import java.util.Map;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.assessment.Verdict;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Threshold;

/**
 * A unit's standing under a set for a year: "đạt N/M tiêu chí", the verdict and every criterion and indicator
 * result, with the context that produced them. The unit meets the standard when every criterion is met.
 */
public record UnitJudgement(
        long unitId, long setId, String setCode, JudgementContext context, List<CriterionResult> criteria) {

    public UnitJudgement {
        criteria = List.copyOf(criteria);
    }

    /** Judges every indicator of the set from the entered values (by indicator id) and the thresholds. */
    public static UnitJudgement judge(
            long unitId,
            CriteriaSet set,
            List<Threshold> national,
            List<Threshold> overlay,
            JudgementContext context,
            Map<Long, EnteredValue> values) {
        return judge(
                unitId,
                set,
                new ChosenThresholds(
                        set, national, overlay, context.effectiveKey().key(), context.year()),
                context,
                values);
    }

    /** The same with the thresholds chosen already (shared by the units of a batch with one overlay and key). */
    static UnitJudgement judge(
            long unitId,
            CriteriaSet set,
            ChosenThresholds chosen,
            JudgementContext context,
            Map<Long, EnteredValue> values) {
        List<CriterionResult> criteria = set.criteria().stream()
                .map(c -> {
                    List<IndicatorResult> results = c.indicators().stream()
                            .map(i -> IndicatorJudgement.judge(
                                    i, values.get(i.id()), chosen.of(i.id()), chosen.sourceOf(i.id())))
                            .toList();
                    return new CriterionResult(c.number(), c.nameVi(), CriterionResult.statusOf(results), results);
                })
                .toList();
        return new UnitJudgement(unitId, set.id(), set.code(), context, criteria);
    }

    public int metCount() {
        return (int) criteria.stream().filter(c -> c.status().countsAsMet()).count();
    }

    public int criteriaCount() {
        return criteria.size();
    }

    /** The verdict at the module's root ({@link Verdict}), which readers in other modules use. */
    public Verdict verdict() {
        if (metCount() == criteriaCount()) {
            return Verdict.MEETS;
        }
        return criteria.stream().anyMatch(c -> c.status() == IndicatorStatus.NOT_MET)
                ? Verdict.NOT_MET
                : Verdict.INCOMPLETE;
    }

    public List<IndicatorResult> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }

    /** The indicators that keep the unit from the standard, in catalog order. */
    public List<IndicatorResult> unmet() {
        return indicators().stream()
                .filter(i -> i.status() == IndicatorStatus.NOT_MET)
                .toList();
    }

    public long count(IndicatorStatus status) {
        return indicators().stream().filter(i -> i.status() == status).count();
    }

    /** Values entered but not yet verified by the owning body. */
    public long unverifiedValues() {
        return indicators().stream()
                .filter(i -> i.status() != IndicatorStatus.NO_DATA && !i.valueVerified())
                .count();
    }

    /** Thresholds used whose source is not verified. */
    public long unverifiedThresholds() {
        return indicators().stream()
                .filter(i -> Boolean.FALSE.equals(i.thresholdVerified()))
                .count();
    }
}
