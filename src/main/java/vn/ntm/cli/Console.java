package vn.ntm.cli;

import java.io.PrintStream;
import java.util.Locale;
import vn.ntm.text.BundleText;
import vn.ntm.text.Messages;

/**
 * What a command prints: its report on standard output in the chosen language (Vietnamese by default), errors on
 * standard error in Vietnamese and then English, one line each, never a stack trace for a user's mistake.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;

    Console(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    void print(String text) {
        out.println(text);
    }

    /** A line of the installation bundle in the output language. */
    void line(String key, Object... args) {
        out.println(BundleText.get(locale, key, args));
    }

    /** A text of the installation bundles in the output language, to put inside another line. */
    String text(String key, Object... args) {
        return BundleText.get(locale, key, args);
    }

    /** An error from the installation bundle, in both languages. */
    void error(String key, Object... args) {
        errorIn(BundleText.get(Messages.VIETNAMESE, key, args), BundleText.get(Locale.ENGLISH, key, args));
    }

    /** An error already written in both languages (not a key: a key with one argument would read as this). */
    void errorIn(String vietnamese, String english) {
        err.println("LỖI: " + vietnamese);
        if (!english.equals(vietnamese)) {
            err.println("ERROR: " + english);
        }
        err.flush();
    }

    /** What to do next, in both languages, after an error. */
    void hint(String key, Object... args) {
        String vietnamese = BundleText.get(Messages.VIETNAMESE, key, args);
        String english = BundleText.get(Locale.ENGLISH, key, args);
        err.println("  " + vietnamese);
        if (!english.equals(vietnamese)) {
            err.println("  " + english);
        }
        err.flush();
    }

    void flush() {
        out.flush();
        err.flush();
    }
}
