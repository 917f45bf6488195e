package vn.ntm.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of file users may upload (each module says which it accepts), recognised by the name's extension and
 * confirmed by the first bytes, so that a renamed file of another kind can be refused.
 */
public final class FileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** A kind of file: its media type and the bytes it starts with. */
    public record Type(String mediaType, byte[] magic) {

        public boolean startsWithMagic(byte[] content) {
            return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
        }
    }

    private static final Map<String, Type> BY_EXTENSION = Map.of(
            "pdf", new Type("application/pdf", PDF),
            "png", new Type("image/png", PNG),
            "jpg", new Type("image/jpeg", JPEG),
            "jpeg", new Type("image/jpeg", JPEG),
            "docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "odt", new Type("application/vnd.oasis.opendocument.text", ZIP),
            "ods", new Type("application/vnd.oasis.opendocument.spreadsheet", ZIP),
            "doc", new Type("application/msword", OLE),
            "xls", new Type("application/vnd.ms-excel", OLE));

    private FileTypes() {}

    /** The extension of a file name, in lower case ("" without one). */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The kind a file's name claims, when it is one this product knows. */
    public static Optional<Type> byName(String name) {
        return Optional.ofNullable(BY_EXTENSION.get(extension(name)));
    }
}
