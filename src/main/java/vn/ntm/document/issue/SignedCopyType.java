package vn.ntm.document.issue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import vn.ntm.errors.BadInputException;

/**
 * What a signed copy may be: a PDF (a scan, or signed digitally) or a scanned image (JPEG, PNG), recognised by its
 * name and confirmed by its first bytes, so a renamed file of another kind is refused.
 */
final class SignedCopyType {

    static final String PDF = "application/pdf";

    private record Type(String mediaType, byte[] magic) {}

    private static final Map<String, Type> TYPES = Map.of(
            "pdf", new Type(PDF, new byte[] {'%', 'P', 'D', 'F', '-'}),
            "jpg", new Type("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Type("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "png", new Type("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));

    private SignedCopyType() {}

    /** The media type of an accepted copy; refuses an empty, too large, other or mislabelled file. */
    static String check(String name, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new BadInputException("file", "document.error.signedEmpty", name);
        }
        if (content.length > maxBytes) {
            throw new BadInputException("file", "document.error.signedTooLarge", name, (long) content.length, maxBytes);
        }
        int dot = name.lastIndexOf('.');
        Type type = TYPES.get(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new BadInputException("file", "document.error.signedType", name);
        }
        if (content.length < type.magic().length
                || !Arrays.equals(Arrays.copyOf(content, type.magic().length), type.magic())) {
            throw new BadInputException("file", "document.error.signedContent", name);
        }
        return type.mediaType();
    }
}
