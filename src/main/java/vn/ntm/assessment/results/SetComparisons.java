package vn.ntm.assessment.results;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.Standing;
import vn.ntm.assessment.UnitYear;
import vn.ntm.assessment.judging.EnteredValues;
import vn.ntm.assessment.judging.Judgements;
import vn.ntm.assessment.judging.UnitJudgement;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;

/**
 * A unit's values judged against another set, side by side with its standing under its own set (seed 000: re-plan
 * for the 2026-2030 set). An indicator of the other set takes the value of the indicator it is mapped from
 * ({@code maps_from} in the set file); one without a mapped value has no data. Thresholds are those of the other
 * set's first year when the values' year is outside its period. Nothing is stored.
 */
@Service
@Transactional(readOnly = true)
public class SetComparisons {

    private final Assessments assessments;
    private final Standings standings;
    private final Judgements judgements;
    private final Catalog catalog;
    private final EnteredValues values;

    SetComparisons(
            Assessments assessments,
            Standings standings,
            Judgements judgements,
            Catalog catalog,
            EnteredValues values) {
        this.assessments = assessments;
        this.standings = standings;
        this.judgements = judgements;
        this.catalog = catalog;
        this.values = values;
    }

    /** Own standing, standing under the other set, and for each indicator of the other set where its value came from. */
    public record Review(Standing own, Standing against, Map<String, String> mappedFrom, int thresholdYear) {}

    public Review review(long unitId, String setCode, int year, String againstCode) {
        UnitYear target = assessments.target(unitId, setCode, year);
        CriteriaSet other = catalog.set(againstCode);
        Map<String, EnteredValue> byCode = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        target.set().indicators().forEach(i -> codes.put(i.id(), i.code()));
        values.of(target.set().id(), year, List.of(unitId))
                .getOrDefault(unitId, Map.of())
                .forEach((indicatorId, value) -> byCode.put(codes.get(indicatorId), value));
        Map<Long, EnteredValue> mapped = new HashMap<>();
        Map<String, String> mappedFrom = new LinkedHashMap<>();
        Map<Long, List<String>> sources = catalog.sources(other.id());
        for (Indicator indicator : other.indicators().toList()) {
            for (String source : sources.getOrDefault(indicator.id(), List.of())) {
                String[] parts = source.split(":", 2);
                EnteredValue value = parts[0].equals(target.set().code()) ? byCode.get(parts[1]) : null;
                if (value != null && !mapped.containsKey(indicator.id())) {
                    mapped.put(indicator.id(), value);
                    mappedFrom.put(indicator.code(), parts[1]);
                }
            }
        }
        int thresholdYear = other.covers(year) ? year : other.periodFrom();
        UnitJudgement judged = judgements.judgeAgainst(unitId, target.referenceDate(), other, thresholdYear, mapped);
        return new Review(
                standings.of(unitId, setCode, year),
                standings.explain(target.unit(), other, thresholdYear, judged, Map.of()),
                mappedFrom,
                thresholdYear);
    }
}
