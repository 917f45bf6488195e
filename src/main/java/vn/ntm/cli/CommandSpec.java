package vn.ntm.cli;

import java.util.List;
import java.util.Optional;

/**
 * A subcommand of {@code ./ntm}: its words ({@code users import}), its options and its help text (bundle
 * {@code i18n/install}, key {@code cli.help.<key>}). {@code serve} passes its other options to Spring Boot.
 */
record CommandSpec(String name, String key, List<OptionSpec> options, boolean passesThrough) {

    static final String MODE_ALL = "ALL_OR_NOTHING";
    static final String MODE_VALID = "VALID_ROWS";

    static final List<CommandSpec> ALL = List.of(
            new CommandSpec("serve", "serve", List.of(), true),
            new CommandSpec(
                    "admin create",
                    "adminCreate",
                    List.of(OptionSpec.required("username", "TÊN/NAME"), OptionSpec.flag("password-stdin")),
                    false),
            new CommandSpec(
                    "import",
                    "import",
                    List.of(
                            OptionSpec.optional("manifest", "FILE"),
                            OptionSpec.choice("kind", "LIST", "MAPPING", "ATTRIBUTES"),
                            OptionSpec.optional("file", "FILE"),
                            OptionSpec.optional("effective", "dd/MM/yyyy"),
                            OptionSpec.optional("basis", "TEXT"),
                            OptionSpec.choice("mode", MODE_ALL, MODE_VALID)),
                    false),
            new CommandSpec(
                    "users import",
                    "usersImport",
                    List.of(OptionSpec.required("file", "FILE"), OptionSpec.choice("mode", MODE_ALL, MODE_VALID)),
                    false),
            new CommandSpec(
                    "bodies import",
                    "bodiesImport",
                    List.of(OptionSpec.required("file", "FILE"), OptionSpec.choice("mode", MODE_ALL, MODE_VALID)),
                    false),
            new CommandSpec("backup", "backup", List.of(OptionSpec.required("to", "FILE")), false),
            new CommandSpec("restore", "restore", List.of(OptionSpec.required("from", "FILE")), false),
            new CommandSpec(
                    "db setup",
                    "dbSetup",
                    List.of(
                            OptionSpec.required("url", "JDBC_URL"),
                            OptionSpec.optional("admin-user", "NAME"),
                            OptionSpec.flag("password-stdin"),
                            OptionSpec.optional("owner", "NAME"),
                            OptionSpec.optional("app-user", "NAME"),
                            OptionSpec.optional("env-file", "FILE"),
                            OptionSpec.flag("reset-passwords")),
                    false),
            new CommandSpec("help", "help", List.of(), false));

    /** The command named by the first words of {@code args}, longest name first. */
    static Optional<CommandSpec> find(List<String> args) {
        return ALL.stream()
                .filter(c -> {
                    List<String> words = List.of(c.name().split(" "));
                    return args.size() >= words.size()
                            && args.subList(0, words.size()).equals(words);
                })
                .max((a, b) -> Integer.compare(a.words(), b.words()));
    }

    int words() {
        return name.split(" ").length;
    }

    /** The first word is a group ({@code admin}, {@code users}) whose subcommand is missing or wrong. */
    static List<CommandSpec> group(String word) {
        return ALL.stream()
                .filter(c -> c.words() > 1 && c.name().startsWith(word + " "))
                .toList();
    }

    Optional<OptionSpec> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
