package vn.ntm.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import vn.ntm.assessment.values.StoredValues.StoredValue;
import vn.ntm.text.SearchKey;

/**
 * The shape of the exchange workbook, shared by the writer and the reader. The first sheet holds one row per unit
 * (id, code, name) below two header rows (indicator codes, then their wording) and one column per indicator. A
 * very hidden sheet identifies the file: format, set, year, and the units it was issued for (id, code, name).
 */
final class SheetLayout {

    static final String FORMAT = "ntm-exchange/1";
    /** Marks a template whose unit rows on the hidden sheet list the versions of the values it was made from. */
    static final String VERSIONS = "versions";

    static final String DATA_SHEET = "Giá trị";
    static final String ID_SHEET = "_ntm";
    static final int CODE_ROW = 1;
    static final int FIRST_DATA_ROW = 3;
    static final int ID_COLUMN = 0;
    static final int UNIT_CODE_COLUMN = 1;
    static final int NAME_COLUMN = 2;
    static final int FIRST_INDICATOR_COLUMN = 3;
    static final String MET = "Đạt";
    static final String NOT_MET = "Không đạt";
    static final String NOT_EVALUATED = "Không đánh giá";
    /** Characters that make a spreadsheet or a CSV reader treat text as a formula. */
    /** The names of the columns A to ZZ, made once: every cell of a sheet is named in its report line. */
    private static final String[] COLUMNS = new String[26 * 27];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    private SheetLayout() {}

    /**
     * The versions of a unit's stored values as the template was made: "15.3=4;15.4=0". An indicator left out had
     * no stored value then. At upload, a value whose version is no longer the same was changed by someone since.
     */
    static String versions(Map<String, StoredValue> values) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(values).forEach((code, value) -> {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(code).append('=').append(value.version());
        });
        return text.toString();
    }

    /** The versions written by {@link #versions}; empty text is a unit without stored values. */
    static Map<String, Integer> parseVersions(String text) {
        Map<String, Integer> versions = new HashMap<>();
        if (text == null || text.isBlank()) {
            return versions;
        }
        for (String pair : text.split(";")) {
            int eq = pair.lastIndexOf('=');
            if (eq > 0) {
                try {
                    versions.put(pair.substring(0, eq), Integer.valueOf(pair.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    // a hand-edited hidden sheet: the cell then counts as changed since, which only asks the user
                }
            }
        }
        return versions;
    }

    /** "D" for the fourth column: how Excel names it, for messages. */
    static String column(int index) {
        return index >= 0 && index < COLUMNS.length ? COLUMNS[index] : CellReference.convertNumToColString(index);
    }

    /** The reference of a cell for reports: "dòng 5, cột D" (rows numbered as Excel shows them). */
    static String ref(int row, int column) {
        return "dòng " + row + ", cột " + column(column);
    }

    /** What a stored value looks like in a cell when it is not a number: Đạt, Không đạt, Không đánh giá: lý do. */
    static Optional<String> text(StoredValue value) {
        if (value == null || value.number() != null) {
            return Optional.empty();
        }
        if (value.notEvaluated()) {
            String reason = value.notEvaluatedReason();
            return Optional.of(reason == null || reason.isBlank() ? NOT_EVALUATED : NOT_EVALUATED + ": " + reason);
        }
        return value.met() == null ? Optional.empty() : Optional.of(value.met() ? MET : NOT_MET);
    }

    /**
     * Whether the text's search key surely starts with neither "k" nor "n": its first character that is not a space
     * or control is plain ASCII other than those letters (a digit, most often), or đ. Spares the search key of nearly
     * every cell.
     */
    private static boolean cannotStartTheWords(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // what the key's trim removes, and then some (the slow path decides those)
            if (c <= ' ' || Character.isWhitespace(c)) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                return true;
            }
            return c < 0x80 && "kKnN".indexOf(c) < 0;
        }
        return true;
    }

    /** The reason of a "Không đánh giá: lý do" cell (empty text when none is given), or empty for any other text. */
    static Optional<String> notEvaluatedReason(String text) {
        if (cannotStartTheWords(text)) {
            return Optional.empty();
        }
        String key = SearchKey.of(text);
        if (!key.startsWith("khong danh gia") && !key.startsWith("not evaluated")) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        return Optional.of(colon < 0 ? "" : text.substring(colon + 1).trim());
    }
}
