package vn.ntm.unit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The kind of unit, read from the prefix of its official full name ("Xã Thượng Lộ", "Phường 12"). */
public enum UnitType {
    TINH(UnitLevel.PROVINCE, "Tỉnh"),
    THANH_PHO_TW(UnitLevel.PROVINCE, "Thành phố"),
    QUAN(UnitLevel.DISTRICT, "Quận"),
    HUYEN(UnitLevel.DISTRICT, "Huyện"),
    THI_XA(UnitLevel.DISTRICT, "Thị xã"),
    THANH_PHO(UnitLevel.DISTRICT, "Thành phố"),
    XA(UnitLevel.COMMUNE, "Xã"),
    PHUONG(UnitLevel.COMMUNE, "Phường"),
    THI_TRAN(UnitLevel.COMMUNE, "Thị trấn"),
    DAC_KHU(UnitLevel.COMMUNE, "Đặc khu"),
    THON(UnitLevel.VILLAGE, "Thôn"),
    BAN(UnitLevel.VILLAGE, "Bản"),
    AP(UnitLevel.VILLAGE, "Ấp"),
    TO_DAN_PHO(UnitLevel.VILLAGE, "Tổ dân phố"),
    KHU_PHO(UnitLevel.VILLAGE, "Khu phố"),
    XOM(UnitLevel.VILLAGE, "Xóm"),
    LANG(UnitLevel.VILLAGE, "Làng"),
    BUON(UnitLevel.VILLAGE, "Buôn"),
    PLEI(UnitLevel.VILLAGE, "Plei"),
    KHOM(UnitLevel.VILLAGE, "Khóm"),
    KHU(UnitLevel.VILLAGE, "Khu");

    private final UnitLevel level;
    private final String prefix;

    UnitType(UnitLevel level, String prefix) {
        this.level = level;
        this.prefix = prefix;
    }

    public UnitLevel level() {
        return level;
    }

    public String prefix() {
        return prefix;
    }

    /** The type whose prefix starts {@code fullName} at {@code level}, longest prefix first ("Thị trấn" before "Thị xã"). */
    public static Optional<UnitType> fromName(UnitLevel level, String fullName) {
        String lower = fullName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.level == level)
                .sorted(Comparator.comparingInt((UnitType t) -> t.prefix.length())
                        .reversed())
                .filter(t -> lower.startsWith(t.prefix.toLowerCase(Locale.ROOT) + " "))
                .findFirst();
    }
}
