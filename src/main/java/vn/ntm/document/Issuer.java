package vn.ntm.document;

import java.util.List;
import java.util.Locale;
import vn.ntm.text.Messages;

/**
 * An issuing body as its documents print it: family, the superior line (state chủ quản / Party cấp trên, or null),
 * the issuer's own lines (IN HOA, e.g. "ỦY BAN NHÂN DÂN", "XÃ THƯỢNG LỘ"), its number symbol ("UBND", "ĐU") and the
 * place of its date line ("Thượng Lộ"). {@code name}: the body as a sentence cites it ("Ủy ban nhân dân xã Thượng
 * Lộ", an annex's "Kèm theo … của …"); null = made from the lines.
 */
public record Issuer(
        LayoutFamily family, String superiorLine, List<String> lines, String symbol, String place, String name) {

    public Issuer {
        lines = List.copyOf(lines);
    }

    /** Without a cited name: it is made from the lines ({@link #citedName()}). */
    public Issuer(LayoutFamily family, String superiorLine, List<String> lines, String symbol, String place) {
        this(family, superiorLine, lines, symbol, place, null);
    }

    /**
     * The name as a sentence cites it: the given one, else the lines in lower case with the first letter and the words
     * after the unit's type (xã, huyện, tỉnh…) capitalised: "ỦY BAN NHÂN DÂN" / "XÃ THƯỢNG LỘ" → "Ủy ban nhân dân xã
     * Thượng Lộ" (decision: good for the names of the directory's bodies; a body may set its own).
     */
    public String citedName() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String[] words = String.join(" ", lines).strip().toLowerCase(VIETNAMESE).split("\\s+");
        StringBuilder out = new StringBuilder();
        boolean proper = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean capital = i == 0 || proper;
            out.append(i == 0 ? "" : " ").append(capital ? capitalised(w) : w);
            String pair = i > 0 ? words[i - 1] + " " + w : w;
            proper |= UNIT_TYPES.contains(w) || UNIT_TYPES.contains(pair);
        }
        return out.toString();
    }

    private static final Locale VIETNAMESE = Messages.VIETNAMESE;
    private static final List<String> UNIT_TYPES =
            List.of("xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "thành phố", "tỉnh");

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(VIETNAMESE) + word.substring(1);
    }
}
