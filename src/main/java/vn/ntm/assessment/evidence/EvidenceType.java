package vn.ntm.assessment.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ntm.errors.BadInputException;

/** The accepted evidence types, recognised by extension and confirmed by the file's first bytes. */
final class EvidenceType {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private record Type(String mediaType, byte[] magic) {}

    private static final Map<String, Type> TYPES = Map.of(
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
        String extension = EvidenceFiles.extension(name);
        Type type = TYPES.get(extension);
        if (type == null || !allowed.contains(extension)) {
            throw new BadInputException("file", "assessment.error.evidenceType", name, String.join(", ", allowed));
        }
        if (content.length < type.magic().length
                || !Arrays.equals(Arrays.copyOf(content, type.magic().length), type.magic())) {
            throw new BadInputException("file", "assessment.error.evidenceContent", name);
        }
        return type.mediaType();
    }
}
