package vn.ntm.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.ntm.text.Messages;

/**
 * A command as typed, once its options have been checked: the options by name, the language asked for the output
 * (null: Vietnamese, help in both languages) and a secret read from standard input before the start.
 */
record Invocation(
        CommandSpec command, Map<String, String> options, List<String> passThrough, Locale locale, String secret) {

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String mode() {
        return option("mode").orElse(CommandSpec.MODE_ALL);
    }

    Locale outputLocale() {
        return locale == null ? Messages.VIETNAMESE : locale;
    }

    Invocation withSecret(String value) {
        return new Invocation(command, options, passThrough, locale, value);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "Invocation[" + command.name() + " " + options + "]";
    }
}
