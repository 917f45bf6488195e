package vn.ntm.unit;

import java.util.List;
import java.util.regex.Pattern;
import vn.ntm.text.SearchKey;

/**
 * The forms of names the mapping is compared in. Everything goes through {@link SearchKey} (no diacritics, so
 * "Thanh Hóa" = "Thanh Hoá"), numbers lose their leading zeros ("Phường 07" = "Phường 7"); districts and provinces
 * are compared without their type word, since the mapping writes "Thị xã Đông Triều" for what the list of
 * 01/03/2025 calls "Thành phố Đông Triều" and "Thanh Hóa" for "Tỉnh Thanh Hóa".
 */
final class MappingNames {

    private static final Pattern LEADING_ZEROS = Pattern.compile("\\b0+(\\d)");
    private static final List<String> COMMUNE_TYPES = List.of("thi tran ", "xa ", "phuong ", "dac khu ");
    private static final List<String> STATE_FARM = List.of("nt ", "nong truong ");

    private MappingNames() {}

    /** "Phường 07" → "phuong 7". */
    static String commune(String name) {
        return LEADING_ZEROS.matcher(SearchKey.of(name)).replaceAll("$1");
    }

    /** Without the type word: "Xã Bình Dương" and "Phường Bình Dương" → "binh duong". */
    static String bare(String name) {
        String key = commune(name);
        for (String type : COMMUNE_TYPES) {
            if (key.startsWith(type)) {
                return key.substring(type.length());
            }
        }
        return key;
    }

    /** Without the state-farm word after the type: "Thị trấn NT Liên Sơn" → "thi tran lien son". */
    static String withoutStateFarm(String name) {
        String key = commune(name);
        for (String type : COMMUNE_TYPES) {
            if (key.startsWith(type)) {
                String rest = key.substring(type.length());
                for (String farm : STATE_FARM) {
                    if (rest.startsWith(farm)) {
                        return type + rest.substring(farm.length());
                    }
                }
            }
        }
        return key;
    }

    static String district(String name) {
        return commune(withoutPrefix(name, "huyen ", "quan ", "thi xa ", "thanh pho "));
    }

    /** "Tỉnh Thanh Hóa", "Thanh Hoá", "TP. Hồ Chí Minh", "TPHCM" → one key. */
    static String province(String name) {
        String key = withoutPrefix(name, "tinh ", "thanh pho ", "tp. ", "tp ", "thu do ");
        return key.equals("tphcm") ? "ho chi minh" : key;
    }

    /** "Huyện Côn Đảo" and "Đặc khu Côn Đảo" → "con dao": an island district and the special zone it became. */
    static String place(String name) {
        return commune(withoutPrefix(
                name, "huyen ", "dac khu ", "quan ", "thi xa ", "thanh pho ", "xa ", "phuong ", "thi tran "));
    }

    private static String withoutPrefix(String name, String... prefixes) {
        String key = SearchKey.of(name);
        for (String p : prefixes) {
            if (key.startsWith(p)) {
                return key.substring(p.length()).trim();
            }
        }
        return key;
    }
}
