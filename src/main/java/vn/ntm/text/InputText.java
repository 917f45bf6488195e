package vn.ntm.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;

/**
 * The one rule for text a user sends, whatever the way in (a form, the API, a CSV or Excel cell, the command line):
 * no control characters (NUL and the other C0/C1 codes, except tab and line breaks) and no broken characters
 * (a lone UTF-16 surrogate), and no more characters than its {@link TextKind} allows. Such text is refused with the
 * field named and where the character is, before anything is stored: the database would refuse it with an error the
 * user cannot act on.
 */
public final class InputText {

    /** Longer than any field takes: the web layer refuses such a parameter or JSON string before reading it. */
    public static final int MAX_ANY = 20_000;

    private static final Pattern INDEXED = Pattern.compile("\\[\\d+]");
    private static final Pattern SUFFIXED = Pattern.compile("([A-Za-z]+)_\\d.*");

    private InputText() {}

    /** The problem of {@code text} as a {@code kind} on {@code field}, if any (null and empty text have none). */
    public static Optional<FieldProblem> problem(String field, String text, TextKind kind) {
        Optional<FieldProblem> bad = characters(field, text);
        if (bad.isPresent() || text == null) {
            return bad;
        }
        return length(field, text, kind.maxLength());
    }

    /** Refuses {@code text} on {@code field} when it breaks the rule; returns it unchanged otherwise. */
    public static String check(String field, String text, TextKind kind) {
        problem(field, text, kind).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        return text;
    }

    /** The problem of a forbidden character in {@code text}, whatever its length. */
    public static Optional<FieldProblem> characters(String field, String text) {
        int at = forbiddenAt(text);
        if (at < 0) {
            return Optional.empty();
        }
        int position = text.codePointCount(0, at) + 1;
        return Optional.of(new FieldProblem(field, "input.error.control", label(field), codeOf(text, at), position));
    }

    /** The problem of a text longer than {@code max} characters (counted in its stored, NFC form). */
    public static Optional<FieldProblem> length(String field, String text, int max) {
        if (text == null || text.length() <= max) {
            return Optional.empty();
        }
        String stored = Normalizer.normalize(text, Normalizer.Form.NFC);
        int count = stored.codePointCount(0, stored.length());
        if (count <= max) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(field, "input.error.tooLong", label(field), count, max));
    }

    /** Where the first forbidden character is (UTF-16 index), or -1. */
    public static int forbiddenAt(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)
                    || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The field's name in the caller's language ("Ghi chú" for {@code note}, also for {@code note_15.4} or
     * {@code thresholds[0].note}), resolved when the message is: the key {@code input.field.<name>}, else the name.
     */
    public static Object label(String field) {
        String base = baseName(field);
        return new DefaultMessageSourceResolvable(new String[] {"input.field." + base}, base);
    }

    static String baseName(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        Matcher suffixed = SUFFIXED.matcher(field);
        if (suffixed.matches()) {
            return suffixed.group(1);
        }
        String plain = INDEXED.matcher(field).replaceAll("");
        int colon = plain.indexOf(':');
        plain = colon < 0 ? plain : plain.substring(0, colon);
        int dot = plain.lastIndexOf('.');
        return dot < 0 ? plain : plain.substring(dot + 1);
    }

    private static String codeOf(String text, int at) {
        return String.format("U+%04X", (int) text.charAt(at));
    }
}
