package vn.ntm.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.CsvTable;
import vn.ntm.text.SearchKey;
import vn.ntm.text.Utf8Text;

/**
 * Reads a list of units from the official JSON lists (provinces with {@code District[].Ward[]} before the reform,
 * {@code Wards[]} after) or from the documented CSV layout {@code cap,ma,ten,ma_cap_tren}
 * (English headers {@code level,code,name,parent_code} are accepted too).
 */
final class UnitListReader {

    static final List<String> CSV_COLUMNS = List.of("cap", "ma", "ten", "ma_cap_tren");
    private static final List<String> CSV_COLUMNS_EN = List.of("level", "code", "name", "parent_code");
    private static final Map<String, UnitLevel> LEVEL_WORDS = Map.ofEntries(
            Map.entry("tinh", UnitLevel.PROVINCE), Map.entry("province", UnitLevel.PROVINCE),
            Map.entry("huyen", UnitLevel.DISTRICT), Map.entry("district", UnitLevel.DISTRICT),
            Map.entry("xa", UnitLevel.COMMUNE), Map.entry("commune", UnitLevel.COMMUNE),
            Map.entry("thon", UnitLevel.VILLAGE), Map.entry("village", UnitLevel.VILLAGE));

    private UnitListReader() {}

    static List<UnitListEntry> read(String fileName, byte[] content) {
        String text = Utf8Text.decode(content, "file");
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
            return readJson(trimmed);
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new BadInputException("file", "error.import.jsonMalformed", "không bắt đầu bằng [ hoặc {");
        }
        return readCsv(text);
    }

    private static List<UnitListEntry> readJson(String text) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            throw new BadInputException("file", "error.import.jsonMalformed", e.getOriginalMessage());
        }
        if (!root.isArray()) {
            throw new BadInputException("file", "error.import.jsonNotList");
        }
        List<UnitListEntry> entries = new ArrayList<>();
        for (JsonNode province : root) {
            String provinceCode = required(province, "Code", entries.size() + 1);
            entries.add(new UnitListEntry(
                    entries.size() + 1,
                    UnitLevel.PROVINCE,
                    provinceCode,
                    required(province, "FullName", entries.size() + 1),
                    null));
            if (province.has("District")) {
                for (JsonNode district : province.path("District")) {
                    String districtCode = required(district, "Code", entries.size() + 1);
                    entries.add(new UnitListEntry(
                            entries.size() + 1,
                            UnitLevel.DISTRICT,
                            districtCode,
                            required(district, "FullName", entries.size() + 1),
                            provinceCode));
                    addCommunes(entries, district.path("Ward"), districtCode);
                }
            } else if (province.has("Wards")) {
                addCommunes(entries, province.path("Wards"), provinceCode);
            } else {
                throw new BadInputException("file", "error.import.jsonNoChildren", provinceCode);
            }
        }
        return entries;
    }

    private static void addCommunes(List<UnitListEntry> entries, JsonNode communes, String parentCode) {
        for (JsonNode commune : communes) {
            entries.add(new UnitListEntry(
                    entries.size() + 1,
                    UnitLevel.COMMUNE,
                    required(commune, "Code", entries.size() + 1),
                    required(commune, "FullName", entries.size() + 1),
                    parentCode));
        }
    }

    private static String required(JsonNode node, String field, int row) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asString().isBlank()) {
            throw new BadInputException("file", "error.import.jsonFieldMissing", field, row);
        }
        return value.asString();
    }

    private static List<UnitListEntry> readCsv(String text) {
        List<UnitListEntry> entries = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.parse(text, CSV_COLUMNS, CSV_COLUMNS_EN)) {
            UnitLevel level = LEVEL_WORDS.get(SearchKey.of(row.values().get(0)));
            if (level == null) {
                throw new BadInputException(
                        "file",
                        "error.import.csvLevel",
                        row.line(),
                        row.values().get(0));
            }
            entries.add(new UnitListEntry(
                    row.line(), level, row.values().get(1), row.values().get(2), row.get(3)));
        }
        return entries;
    }
}
