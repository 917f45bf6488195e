package vn.ntm.cli;

import java.util.List;

/**
 * One option of a command: {@code --name=VALUE} (or {@code --name VALUE}), or a flag {@code --name}.
 *
 * @param value   what the value is called in the help ({@code FILE}); null for a flag
 * @param choices the values allowed, empty when any
 */
record OptionSpec(String name, String value, boolean required, List<String> choices) {

    static OptionSpec required(String name, String value) {
        return new OptionSpec(name, value, true, List.of());
    }

    static OptionSpec optional(String name, String value) {
        return new OptionSpec(name, value, false, List.of());
    }

    static OptionSpec choice(String name, String... choices) {
        return new OptionSpec(name, String.join("|", choices), false, List.of(choices));
    }

    static OptionSpec flag(String name) {
        return new OptionSpec(name, null, false, List.of());
    }

    boolean isFlag() {
        return value == null;
    }
}
