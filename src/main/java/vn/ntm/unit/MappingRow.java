package vn.ntm.unit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One row of an old commune → new commune mapping, as written in the file (fields trimmed, NFC, empty = null).
 * {@code row} is its place in the file (JSON: the record's number; CSV: the line, the header being line 1).
 */
record MappingRow(
        int row,
        String oldCode,
        String oldName,
        String oldDistrict,
        String oldProvince,
        String newCode,
        String newName,
        String newProvince) {

    /** The row's content without its place: two rows with the same identity are the same row written twice. */
    String identity() {
        return String.join(
                "\u001F",
                Stream.of(oldCode, oldName, oldDistrict, oldProvince, newCode, newName, newProvince)
                        .map(v -> Objects.toString(v, ""))
                        .toList());
    }

    /**
     * The row's content as a key (SHA-256 of {@link #identity}): an administrator's decision about a row is stored
     * under it, so it still applies when the row moves to another line of a corrected file.
     */
    String key() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(identity().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean hasOldSide() {
        return oldCode != null || oldName != null;
    }

    /** "Xã Bình Dương (Thị xã Đông Triều, Tỉnh Quảng Ninh)", for messages. */
    String oldDescription() {
        return describe(oldName, oldDistrict, oldProvince);
    }

    String newDescription() {
        return describe(newName, null, newProvince);
    }

    private static String describe(String name, String district, String province) {
        StringBuilder b = new StringBuilder(name == null ? "—" : name);
        String parents = Stream.of(district, province)
                .filter(Objects::nonNull)
                .reduce((a, c) -> a + ", " + c)
                .orElse(null);
        if (parents != null) {
            b.append(" (").append(parents).append(')');
        }
        return b.toString();
    }
}
