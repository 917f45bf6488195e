package vn.ntm.unit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.SearchKey;

/** The attributes of a unit that decide which thresholds apply to it. */
public enum UnitAttribute {
    /** One of the 7 regions of the 2021-2025 criteria (Decision 318/QĐ-TTg). */
    REGION("vung", "vùng"),
    /** Especially difficult or safe-zone commune: the Trung du miền núi phía Bắc thresholds apply. */
    ESPECIALLY_DIFFICULT("dac_biet_kho_khan", "đặc biệt khó khăn"),
    /** Commune group 1/2/3 of the 2026-2030 criteria (Decision 51/2025/QĐ-TTg). */
    COMMUNE_GROUP("nhom_xa", "nhóm xã");

    private final List<String> aliases;

    UnitAttribute(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** Accepts the code (REGION), the Vietnamese column word (vung, nhom_xa…) with or without diacritics. */
    public static UnitAttribute parse(String text) {
        String key = SearchKey.of(text).replace(' ', '_');
        return Arrays.stream(values())
                .filter(a -> a.name().equalsIgnoreCase(key)
                        || a.aliases.stream()
                                .anyMatch(x -> SearchKey.of(x).replace(' ', '_').equals(key)))
                .findFirst()
                .orElseThrow(
                        () -> new BadInputException("attribute", "error.attribute.unknown", text == null ? "" : text));
    }

    /** Yes/no words for the flag ("có", "không", "x"), group numbers as written ("Nhóm 2" → "2"). */
    String normalizeValue(String raw) {
        String key = SearchKey.of(raw);
        return switch (this) {
            case ESPECIALLY_DIFFICULT ->
                switch (key) {
                    case "true", "co", "x", "1", "yes" -> "true";
                    case "false", "khong", "0", "no" -> "false";
                    default -> key;
                };
            case COMMUNE_GROUP -> key.replace("nhom", "").replace("xa", "").trim();
            case REGION -> raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        };
    }
}
