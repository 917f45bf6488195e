package vn.ntm.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.CsvTable;
import vn.ntm.text.SearchKey;
import vn.ntm.text.Utf8Text;

/**
 * Reads a mapping file: a JSON list of records with the columns' names as fields (the official file), or a CSV
 * with the same columns. A file that cannot be read as either is refused whole, with the reason.
 */
final class MappingFile {

    static final List<String> COLUMNS = List.of(
            "old_ward_code",
            "old_ward_name",
            "old_district_name",
            "old_province_name",
            "new_ward_code",
            "new_ward_name",
            "new_province_name");

    private MappingFile() {}

    static List<MappingRow> read(String fileName, byte[] content) {
        String text = Utf8Text.decode(content, "file").stripLeading();
        if (text.startsWith("[")) {
            return readJson(text);
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new BadInputException("file", "error.import.jsonNotList");
        }
        List<MappingRow> rows = CsvTable.parse(text, COLUMNS).stream()
                .map(r ->
                        new MappingRow(r.line(), r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)))
                .toList();
        if (rows.isEmpty()) {
            throw new BadInputException("file", "error.import.empty");
        }
        return rows;
    }

    private static List<MappingRow> readJson(String text) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            throw new BadInputException("file", "error.import.jsonMalformed", e.getOriginalMessage());
        }
        List<MappingRow> rows = new ArrayList<>();
        for (JsonNode n : root) {
            if (!n.isObject()) {
                throw new BadInputException("file", "mapping.file.notRecord", rows.size() + 1);
            }
            for (String column : COLUMNS) {
                if (!n.has(column)) {
                    throw new BadInputException("file", "error.import.jsonFieldMissing", column, rows.size() + 1);
                }
            }
            rows.add(new MappingRow(
                    rows.size() + 1,
                    text(n, "old_ward_code"),
                    text(n, "old_ward_name"),
                    text(n, "old_district_name"),
                    text(n, "old_province_name"),
                    text(n, "new_ward_code"),
                    text(n, "new_ward_name"),
                    text(n, "new_province_name")));
        }
        if (rows.isEmpty()) {
            throw new BadInputException("file", "error.import.empty");
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asString().isBlank() ? null : SearchKey.clean(v.asString());
    }
}
