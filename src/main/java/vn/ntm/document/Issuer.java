package vn.ntm.document;

import java.util.List;

/**
 * An issuing body as its documents print it: family, the superior line (state chủ quản / Party cấp trên, or null),
 * the issuer's own lines (IN HOA, e.g. "ỦY BAN NHÂN DÂN", "XÃ THƯỢNG LỘ"), its number symbol ("UBND", "ĐU") and the
 * place of its date line ("Thượng Lộ").
 */
public record Issuer(LayoutFamily family, String superiorLine, List<String> lines, String symbol, String place) {

    public Issuer {
        lines = List.copyOf(lines);
    }
}
