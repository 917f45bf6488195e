package vn.ntm.document.issue;

import java.util.List;
import vn.ntm.errors.BadInputException;
import vn.ntm.files.FileTypes;

/**
 * What a signed copy may be: a PDF (a scan, or signed digitally) or a scanned image (JPEG, PNG), recognised by its
 * name and confirmed by its first bytes, so a renamed file of another kind is refused.
 */
final class SignedCopyType {

    static final String PDF = "application/pdf";

    private static final List<String> ACCEPTED = List.of("pdf", "jpg", "jpeg", "png");

    private SignedCopyType() {}

    /** The media type of an accepted copy; refuses an empty, too large, other or mislabelled file. */
    static String check(String name, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new BadInputException("file", "document.error.signedEmpty", name);
        }
        if (content.length > maxBytes) {
            throw new BadInputException("file", "document.error.signedTooLarge", name, (long) content.length, maxBytes);
        }
        FileTypes.Type type = FileTypes.byName(name)
                .filter(t -> ACCEPTED.contains(FileTypes.extension(name)))
                .orElseThrow(() -> new BadInputException("file", "document.error.signedType", name));
        if (!type.startsWithMagic(content)) {
            throw new BadInputException("file", "document.error.signedContent", name);
        }
        return type.mediaType();
    }
}
