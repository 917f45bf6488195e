package vn.ntm.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of the catalog workbooks: a set's indicators (one row per indicator, a column per field and one
 * threshold column per region or group, and per year where the set has year thresholds), or a province's overlay
 * (one row per measured indicator, the national values to read and a column of the province's threshold per region
 * or group). Row 1 holds column codes ("code", "threshold:2", "threshold:2:2027"), row 2 their names, data from
 * row 3. A very hidden sheet names the format, the kind, the set and (for an overlay) its id.
 */
final class CatalogSheet {

    static final String FORMAT = "ntm-catalog/1";
    static final String DATA_SHEET = "Chỉ tiêu";
    static final String ID_SHEET = SheetLayout.ID_SHEET;
    static final int CODE_ROW = 1;
    static final int FIRST_DATA_ROW = 3;
    static final String THRESHOLD = "threshold:";
    /** Columns of an overlay sheet that are only there to be read. */
    static final List<String> VIEW_ONLY = List.of("textVi", "measureUnit", "comparison", "national");

    enum Kind {
        SET,
        OVERLAY
    }

    /** The fields of a set's indicator, in column order (the threshold columns follow). */
    static final List<String> SET_FIELDS = List.of(
            "criterion",
            "code",
            "textVi",
            "textEn",
            "kind",
            "measureUnit",
            "comparison",
            "minValue",
            "maxValue",
            "source",
            "sourceArticle",
            "sourceDate",
            "sourceUrl",
            "note");

    /** The columns of an overlay sheet before its threshold columns. */
    static final List<String> OVERLAY_FIELDS = List.of("code", "textVi", "measureUnit", "comparison", "national");

    /** A threshold column: its key ("*" for every key) and year (null: every year). */
    record Slot(String key, Integer year) {

        String code() {
            return THRESHOLD + key + (year == null ? "" : ":" + year);
        }
    }

    private CatalogSheet() {}

    /** The slot a column code names, or empty when it is no threshold column. */
    static Optional<Slot> slot(String code) {
        if (code == null || !code.startsWith(THRESHOLD)) {
            return Optional.empty();
        }
        String[] parts = code.substring(THRESHOLD.length()).split(":", -1);
        if (parts.length > 2 || parts[0].isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Slot(parts[0].trim(), parts.length == 2 ? Integer.valueOf(parts[1].trim()) : null));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The column codes a sheet is written with: the fields, then a threshold column per slot. */
    static List<String> columns(Kind kind, List<Slot> slots) {
        List<String> codes = new ArrayList<>(kind == Kind.SET ? SET_FIELDS : OVERLAY_FIELDS);
        slots.forEach(s -> codes.add(s.code()));
        return codes;
    }
}
