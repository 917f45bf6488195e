package vn.ntm.criteria;

import java.util.List;
import java.util.Locale;

/** A criterion (tiêu chí) of a set, owned by a type of body (e.g. the health department owns Y tế). */
public record Criterion(
        long id,
        int number,
        String nameVi,
        String nameEn,
        String ownerBodyType,
        boolean verified,
        List<Indicator> indicators) {

    public Criterion {
        indicators = List.copyOf(indicators);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
