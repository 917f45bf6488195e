package vn.ntm.criteria;

import java.util.List;

/**
 * An indicator as typed on the authoring screen or in a row of the indicators sheet, before any check: numbers and
 * kind as text ("20,5", "Định lượng"). {@code thresholds} lists the national thresholds for the key and year slots
 * it speaks of (an empty value removes that slot's threshold); slots it does not list are left as they are. A
 * threshold without its own source takes the indicator's.
 */
public record IndicatorDraft(
        Integer criterion,
        String code,
        String textVi,
        String textEn,
        String kind,
        String measureUnit,
        String comparison,
        String minValue,
        String maxValue,
        String note,
        Citation source,
        List<ThresholdDraft> thresholds) {

    public IndicatorDraft {
        source = source == null ? Citation.NONE : source;
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    /** A threshold slot (key, and year or every year) with its value, or no value to remove it. */
    public record ThresholdDraft(String key, Integer year, String value, Citation source) {

        public ThresholdDraft {
            key = key == null || key.isBlank() ? Threshold.ANY_KEY : key.trim();
            source = source == null ? Citation.NONE : source;
        }

        /** "threshold:1", "threshold:*", "threshold:1:2027": how problems and changes name this slot. */
        public String field() {
            return field(key, year);
        }

        public static String field(String key, Integer year) {
            return "threshold:" + key + (year == null ? "" : ":" + year);
        }
    }
}
