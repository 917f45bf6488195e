package vn.ntm.assessment.evidence;

import java.util.List;
import vn.ntm.errors.BadInputException;
import vn.ntm.files.FileTypes;

/** The accepted evidence types, recognised by extension and confirmed by the file's first bytes. */
final class EvidenceType {

    private EvidenceType() {}

    /** The media type of an accepted file; refuses empty, too large, forbidden or mislabelled files. */
    static String check(String name, byte[] content, List<String> allowed, long maxBytes) {
        if (content.length == 0) {
            throw new BadInputException("file", "assessment.error.evidenceEmpty", name);
        }
        if (content.length > maxBytes) {
            throw new BadInputException(
                    "file", "assessment.error.evidenceTooLarge", name, (long) content.length, maxBytes);
        }
        FileTypes.Type type = FileTypes.byName(name)
                .filter(t -> allowed.contains(FileTypes.extension(name)))
                .orElseThrow(() -> new BadInputException(
                        "file", "assessment.error.evidenceType", name, String.join(", ", allowed)));
        if (!type.startsWithMagic(content)) {
            throw new BadInputException("file", "assessment.error.evidenceContent", name);
        }
        return type.mediaType();
    }
}
