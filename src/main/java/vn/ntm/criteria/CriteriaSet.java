package vn.ntm.criteria;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import vn.ntm.errors.BadInputException;
import vn.ntm.unit.UnitType;

/**
 * A criteria set (bộ tiêu chí) of one period and level, e.g. the 19 criteria / 57 indicators of Decision
 * 318/QĐ-TTg for 2021-2025. Its thresholds are keyed by region, by commune group or not at all; for sets keyed by
 * region, especially-difficult and safe-zone units use {@code especiallyDifficultKey}'s thresholds.
 */
public record CriteriaSet(
        long id,
        String code,
        String nameVi,
        String nameEn,
        SetLevel level,
        int periodFrom,
        int periodTo,
        String legalReference,
        Keying keying,
        String especiallyDifficultKey,
        Integer declaredCriteria,
        Integer declaredIndicators,
        boolean verified,
        String note,
        boolean demo,
        int version,
        List<CriteriaMetBand> buckets,
        List<Criterion> criteria,
        List<UnitType> unitTypes) {

    public CriteriaSet {
        buckets = List.copyOf(buckets);
        criteria = List.copyOf(criteria);
        // in the order of the enumeration, so that files and screens list them the same way every time
        unitTypes = (unitTypes == null ? UnitCoverage.defaults(level) : unitTypes)
                .stream().distinct().sorted().toList();
    }

    /** A set covering the default unit types of its level (tests). */
    public CriteriaSet(
            long id,
            String code,
            String nameVi,
            String nameEn,
            SetLevel level,
            int periodFrom,
            int periodTo,
            String legalReference,
            Keying keying,
            String especiallyDifficultKey,
            Integer declaredCriteria,
            Integer declaredIndicators,
            boolean verified,
            String note,
            boolean demo,
            int version,
            List<CriteriaMetBand> buckets,
            List<Criterion> criteria) {
        this(
                id,
                code,
                nameVi,
                nameEn,
                level,
                periodFrom,
                periodTo,
                legalReference,
                keying,
                especiallyDifficultKey,
                declaredCriteria,
                declaredIndicators,
                verified,
                note,
                demo,
                version,
                buckets,
                criteria,
                null);
    }

    /** The units this set is assessed on. */
    public UnitCoverage coverage() {
        return UnitCoverage.of(this);
    }

    /** Whether the year lies in the set's period. */
    public boolean covers(int year) {
        return year >= periodFrom && year <= periodTo;
    }

    /** Refuses a year outside the set's period, naming the period (values, entry and sheets are kept by year). */
    public void requireYear(int year) {
        if (!covers(year)) {
            throw new BadInputException(
                    "year",
                    "assessment.error.yearOutsidePeriod",
                    String.valueOf(year),
                    code,
                    String.valueOf(periodFrom),
                    String.valueOf(periodTo));
        }
    }

    public Stream<Indicator> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream());
    }

    public int indicatorCount() {
        return (int) indicators().count();
    }

    public Optional<Indicator> indicator(String code) {
        if (code == null) {
            return Optional.empty();
        }
        // asked once per cell of a sheet: indexed loops (no stream, no iterator object), the code trimmed once
        String trimmed = code.trim();
        for (int c = 0; c < criteria.size(); c++) {
            List<Indicator> indicators = criteria.get(c).indicators();
            for (int i = 0; i < indicators.size(); i++) {
                if (indicators.get(i).code().equals(trimmed)) {
                    return Optional.of(indicators.get(i));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<Criterion> criterion(int number) {
        return criteria.stream().filter(c -> c.number() == number).findFirst();
    }

    public Optional<CriteriaMetBand> bucketOf(int met) {
        return buckets.stream().filter(b -> b.contains(met)).findFirst();
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    /** Summary without criteria, for lists. */
    public CriteriaSet header() {
        return new CriteriaSet(
                id,
                code,
                nameVi,
                nameEn,
                level,
                periodFrom,
                periodTo,
                legalReference,
                keying,
                especiallyDifficultKey,
                declaredCriteria,
                declaredIndicators,
                verified,
                note,
                demo,
                version,
                buckets,
                List.of(),
                unitTypes);
    }
}
