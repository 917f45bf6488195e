package vn.ntm.document.register;

import java.time.LocalDate;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.LayoutFamily;

/**
 * Which series a number comes from. A state body numbers per calendar year of the issue date (NĐ 30 Đ15.1), in one
 * series for its administrative documents unless its head numbers a kind apart ({@code seriesClass} 'ADMIN', a
 * kind's abbreviation, or 'SECRET'); a Party body numbers per document type within a term of the cấp ủy (HD 36
 * §II.1.3.1), so {@code seriesClass} is the type and the period is the term.
 */
public record SeriesKey(long ownerBodyId, String family, String seriesClass, String periodKey) {

    public static final String STATE = "STATE";
    public static final String PARTY = "PARTY";
    /** The state's one series for administrative documents. */
    public static final String ADMIN = "ADMIN";

    public SeriesKey {
        if (!STATE.equals(family) && !PARTY.equals(family)) {
            throw new IllegalArgumentException("family STATE or PARTY, not " + family);
        }
        if (seriesClass == null || seriesClass.isBlank() || seriesClass.length() > 20) {
            throw new IllegalArgumentException("a series class of 1 to 20 characters, not " + seriesClass);
        }
    }

    /**
     * The series class a document of this kind is numbered in when nothing else is said: a state body's one
     * administrative series, a Party body's series of the document's type.
     */
    public static String classOf(LayoutFamily family, DocumentKind kind) {
        return family == LayoutFamily.PARTY ? kind.abbreviation(LayoutFamily.PARTY) : ADMIN;
    }

    /** The series of a state body for the year of {@code issuedOn} (Vietnam's calendar day). */
    public static SeriesKey state(long ownerBodyId, String seriesClass, LocalDate issuedOn) {
        return new SeriesKey(ownerBodyId, STATE, seriesClass, Integer.toString(issuedOn.getYear()));
    }

    /** The series of a Party body for one document type within one term. */
    public static SeriesKey party(long ownerBodyId, String type, PartyTerm term) {
        return new SeriesKey(ownerBodyId, PARTY, type, "T" + term.id());
    }
}
