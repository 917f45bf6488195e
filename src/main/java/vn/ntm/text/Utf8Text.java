package vn.ntm.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ntm.errors.BadInputException;

/**
 * Reads uploaded text strictly as UTF-8 and says, when it is not, which legacy Vietnamese encoding it looks like.
 * Offices still save CSV files from old Excel as Windows-1258 or from old fonts as TCVN3 (ABC); guessing would
 * store garbled names, so we refuse with a message that tells how to fix the file.
 */
public final class Utf8Text {

    /** Windows-1258 writes tones as separate combining bytes after the vowel. */
    private static final Pattern CP1258_TONE =
            Pattern.compile("[aeiouyAEIOUY\\xC2\\xCA\\xD4\\xE2\\xEA\\xF4][\\xCC\\xEC\\xD2\\xDE\\xF2]");
    /** Text that was TCVN3 bytes read as Latin-1 / Windows-1252, e.g. "X· Th−îng Lé". */
    private static final Pattern TCVN3_MOJIBAKE = Pattern.compile(
            "\\p{L}[\\u00A1-\\u00AF\\u00B4-\\u00B8\\u00BA-\\u00BF\\u2212]|[\\u00A1-\\u00AF\\u00B4-\\u00B8\\u00BA-\\u00BF\\u2212]\\p{L}");

    private Utf8Text() {}

    /** Decodes {@code bytes} (a leading BOM is dropped) or throws a {@link BadInputException} naming the encoding. */
    public static String decode(byte[] bytes, String field) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
            int line = lineOfFirstBadByte(bytes);
            if (CP1258_TONE.matcher(latin1).find()) {
                throw new BadInputException(field, "error.encoding.windows1258", line);
            }
            throw new BadInputException(field, "error.encoding.tcvn3", line);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher mojibake = TCVN3_MOJIBAKE.matcher(text);
        if (mojibake.find() && TCVN3_MOJIBAKE.matcher(text).results().limit(2).count() == 2) {
            int line = (int) text.substring(0, mojibake.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            throw new BadInputException(field, "error.encoding.tcvn3Converted", line, mojibake.group());
        }
        return text;
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!isUtf8(bytes, lineStart, i - lineStart)) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static boolean isUtf8(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
