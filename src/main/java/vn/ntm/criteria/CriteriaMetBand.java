package vn.ntm.criteria;

import java.util.Locale;

/**
 * A band of units by the number of criteria they meet, e.g. "Đạt 15 - 18 tiêu chí". The catalog files and the table
 * {@code criteria_bucket} call these "buckets"; the name stays there so that files and the API keep their shape.
 */
public record CriteriaMetBand(int minMet, int maxMet, String labelVi, String labelEn) {

    /** The label in the language of {@code locale}: English when asked for and given, else Vietnamese. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelVi;
    }

    public boolean contains(int met) {
        return met >= minMet && met <= maxMet;
    }
}
