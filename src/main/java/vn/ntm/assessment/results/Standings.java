package vn.ntm.assessment.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.IndicatorStatus;
import vn.ntm.assessment.Standing;
import vn.ntm.assessment.UnitYear;
import vn.ntm.assessment.judging.IndicatorResult;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.assessment.judging.StoredResults;
import vn.ntm.assessment.judging.UnitJudgement;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.assessment.values.ValueStore;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Indicator;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitView;

/** Builds the explained standing of one unit-year, for the API and the year page. */
@Service
@Transactional(readOnly = true)
public class Standings {

    private final Assessments assessments;
    private final Judgements judgements;
    private final ValueStore values;
    private final Messages messages;
    private final StoredResults stored;

    Standings(
            Assessments assessments,
            Judgements judgements,
            ValueStore values,
            Messages messages,
            StoredResults stored) {
        this.stored = stored;
        this.assessments = assessments;
        this.judgements = judgements;
        this.values = values;
        this.messages = messages;
    }

    /**
     * The stored standing of the unit-year; judged on the fly only when nothing is stored yet (no value entered),
     * which is what storing would give.
     */
    public Standing of(long unitId, String setCode, int year) {
        UnitYear target = assessments.target(unitId, setCode, year);
        CriteriaSet set = target.set();
        Map<Long, ValueStore.ValueRow> rows = values.rows(unitId, set.id(), year).stream()
                .collect(Collectors.toMap(ValueStore.ValueRow::indicatorId, Function.identity()));
        Map<Long, String> reasons = new HashMap<>();
        rows.forEach((indicator, row) -> reasons.put(indicator, row.notEvaluatedReason()));
        UnitJudgement j = stored.read(set, year, unitId, reasons)
                .orElseGet(
                        () -> judgements.judge(set.id(), year, List.of(unitId)).get(0));
        return explain(target.unit(), set, year, j, rows);
    }

    /** The standing a judgement gives, with the stored rows (state, evidence) of the values it used, if any. */
    Standing explain(UnitView unit, CriteriaSet set, int year, UnitJudgement j, Map<Long, ValueStore.ValueRow> rows) {
        long unitId = unit.id();
        Map<Long, IndicatorResult> results =
                j.indicators().stream().collect(Collectors.toMap(IndicatorResult::indicatorId, Function.identity()));
        List<Standing.CriterionLine> criteria = j.criteria().stream()
                .map(c -> {
                    Criterion criterion = set.criterion(c.number()).orElseThrow();
                    List<Standing.IndicatorLine> lines = criterion.indicators().stream()
                            .map(i -> line(i, results.get(i.id()), rows.get(i.id())))
                            .toList();
                    return new Standing.CriterionLine(
                            c.number(),
                            criterion.name(Messages.currentLocale()),
                            c.status(),
                            criterion.ownerBodyType(),
                            lines);
                })
                .toList();
        List<Standing.IndicatorLine> unmet = criteria.stream()
                .flatMap(c -> c.indicators().stream())
                .filter(l -> l.status() == IndicatorStatus.NOT_MET)
                .toList();
        var context = j.context();
        String bucket = set.bucketOf(j.metCount())
                .map(b -> b.label(Messages.currentLocale()))
                .orElse(null);
        return new Standing(
                unitId,
                unit.code(),
                unit.name(),
                set.code(),
                set.name(Messages.currentLocale()),
                year,
                j.metCount(),
                j.criteriaCount(),
                j.verdict(),
                messages.get("assessment.summary", j.metCount(), j.criteriaCount()),
                bucket,
                context.referenceDate(),
                context.overlay() == null ? null : context.overlay().decision(),
                context.overlay() != null && context.overlay().demo(),
                context.effectiveKey().key(),
                context.effectiveKey().reason(),
                j.count(IndicatorStatus.NOT_MET),
                j.count(IndicatorStatus.NO_DATA),
                j.count(IndicatorStatus.NOT_CONFIGURED),
                j.count(IndicatorStatus.NOT_EVALUATED),
                j.unverifiedValues(),
                j.unverifiedThresholds(),
                criteria,
                unmet);
    }

    private static Standing.IndicatorLine line(Indicator i, IndicatorResult r, ValueStore.ValueRow row) {
        return new Standing.IndicatorLine(
                i.code(),
                i.text(Messages.currentLocale()),
                i.measured(),
                i.measureUnit(),
                r.status(),
                r.number(),
                r.met(),
                r.notEvaluatedReason(),
                i.comparison() == null ? null : i.comparison().symbol(),
                r.thresholdValue(),
                r.gap(),
                r.thresholdKey(),
                r.thresholdYear(),
                r.thresholdSource(),
                r.fromOverlay(),
                r.thresholdVerified(),
                i.wordingVerified(),
                row == null ? null : row.id(),
                row == null ? null : row.state(),
                row == null ? null : row.version(),
                row == null ? null : row.returnReason(),
                row == null ? 0 : row.evidenceCount(),
                row == null ? null : row.note(),
                r.thresholdSourceLink());
    }
}
