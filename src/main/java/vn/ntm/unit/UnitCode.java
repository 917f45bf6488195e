package vn.ntm.unit;

import vn.ntm.errors.BadInputException;

/**
 * An official unit code. Codes are digits of a fixed length per level (province 2, district 3, commune 5);
 * files often lose leading zeros ("424" for "00424"), which {@link #normalize} restores. Village codes are local:
 * the commune's code, a dash and a number ("20185-01").
 */
public record UnitCode(String value) {

    public UnitCode {
        if (value == null || !value.matches("\\d{2,5}(-[0-9A-Za-z]{1,6})?")) {
            throw new BadInputException("code", "error.unit.codeFormat", value);
        }
    }

    /** Whether {@code raw} needed leading zeros to reach the level's length. */
    public static boolean needsPadding(UnitLevel level, String raw) {
        String t = raw == null ? "" : raw.trim();
        return level.officialCodeLength() > 0 && t.matches("\\d+") && t.length() < level.officialCodeLength();
    }

    /** The code with leading zeros restored for official levels; refuses non-digits and over-long codes. */
    public static UnitCode normalize(UnitLevel level, String raw) {
        String t = raw == null ? "" : raw.trim();
        if (level.officialCodeLength() == 0) {
            return new UnitCode(t);
        }
        if (!t.matches("\\d+") || t.length() > level.officialCodeLength()) {
            throw new BadInputException("code", "error.unit.codeFormatForLevel", raw, level.officialCodeLength());
        }
        return new UnitCode("0".repeat(level.officialCodeLength() - t.length()) + t);
    }

    @Override
    public String toString() {
        return value;
    }
}
