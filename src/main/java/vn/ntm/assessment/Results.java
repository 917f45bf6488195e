package vn.ntm.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The assessment module's front door for results: every screen, API and module reads the STORED judgement here
 * (written when a value, threshold or attribute changes), never a judgement of its own. Only a unit-year with
 * nothing stored yet (no value entered) is judged on the fly, so that its page still lists what is missing.
 * Every read keeps to the caller's scope.
 */
public interface Results {

    /** The most communes one page of {@link #communes} holds. */
    int MAX_PAGE_SIZE = 500;

    /** One unit's standing under a set for a year: "đạt N/M tiêu chí", every criterion and indicator. */
    Standing standing(long unitId, String setCode, int year);

    /**
     * The communes under a unit (a province, a former district) or, with {@code underUnitId} null, of the country,
     * with their stored standing for the set and year, filtered and paged (page from 0).
     */
    CommunePage communes(Long underUnitId, String setCode, int year, CommuneFilter filter, int page, int size);

    /** A unit's stored standings under a set, one per year that has a stored result, oldest first. */
    List<YearStanding> overYears(long unitId, String setCode);

    /**
     * Which communes to list: criteria met between {@code minMet} and {@code maxMet}, one verdict
     * ({@code MEETS}, {@code NOT_MET}, {@code INCOMPLETE}), one former district (its name then), one unmet
     * indicator, one effective region or group; {@code sort} is {@code name}, {@code met} or {@code metDesc}.
     * Null or blank means any.
     */
    record CommuneFilter(
            Integer minMet,
            Integer maxMet,
            String verdict,
            String district,
            String unmetIndicator,
            String key,
            String sort) {

        public static CommuneFilter any() {
            return new CommuneFilter(null, null, null, null, null, null, null);
        }
    }

    /** A commune's stored standing; met and criteria counts and verdict are null when nothing is stored yet. */
    record CommuneStanding(
            long unitId,
            String code,
            String name,
            String district,
            Integer metCount,
            Integer criteriaCount,
            String verdict,
            String effectiveKey,
            List<String> unmet) {}

    /**
     * One page of communes, with the counts of every commune under the unit (not only the page's): how many,
     * how many meet the standard, how many have a stored result, and how many fall in each class of the set.
     */
    record CommunePage(
            String setCode,
            int year,
            LocalDate date,
            List<CommuneStanding> items,
            int page,
            int size,
            int matching,
            int total,
            int meeting,
            int withResults,
            Map<String, Long> byBucket) {}

    /** A unit's stored standing in one year. */
    record YearStanding(
            int year, int metCount, int criteriaCount, String verdict, String effectiveKey, LocalDate referenceDate) {}
}
