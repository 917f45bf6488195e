package vn.ntm.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.ntm.text.Messages;

/**
 * Reads {@code ./ntm} arguments as typed: the command words, then {@code --name=VALUE}, {@code --name VALUE} or
 * {@code --flag}; values are taken whole (spaces included). Anything it cannot read is a usage error (exit 64)
 * that names the mistake and the help to read.
 */
final class ArgumentParser {

    /** Either the invocation to run, or the usage error already explained. */
    record Parsed(Invocation invocation, boolean help, String errorKey, Object[] errorArgs) {

        static Parsed error(String key, Object... args) {
            return new Parsed(null, false, key, args);
        }
    }

    /** Commands whose one file may be written bare: {@code ./ntm backup FILE} is {@code ./ntm backup --to=FILE}. */
    private static final Map<String, String> BARE_FILE = Map.of("backup", "to", "restore", "from");

    private ArgumentParser() {}

    static Parsed parse(List<String> args) {
        if (args.isEmpty()) {
            return Parsed.error("cli.usage.noCommand");
        }
        String first = args.get(0);
        if (first.equals("--help") || first.equals("-h")) {
            return new Parsed(invocation(help(), Map.of(), List.of(), null), false, null, null);
        }
        Optional<CommandSpec> found = CommandSpec.find(args);
        if (found.isEmpty()) {
            List<CommandSpec> group = CommandSpec.group(first);
            return group.isEmpty()
                    ? Parsed.error("cli.usage.unknownCommand", first)
                    : Parsed.error(
                            "cli.usage.subcommand",
                            first,
                            String.join(
                                    ", ", group.stream().map(CommandSpec::name).toList()));
        }
        CommandSpec command = found.get();
        List<String> rest = args.subList(command.words(), args.size());
        Map<String, String> options = new LinkedHashMap<>();
        List<String> passThrough = new ArrayList<>();
        String language = null;
        boolean help = false;
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (arg.startsWith("--lang=")) {
                language = arg.substring("--lang=".length());
                if (!language.equals("vi") && !language.equals("en")) {
                    return Parsed.error("cli.usage.badChoice", "lang", language, "vi|en", command.name());
                }
                continue;
            }
            if (command.passesThrough()) {
                passThrough.add(arg);
                continue;
            }
            if (command.name().equals("help")) {
                passThrough.add(arg);
                continue;
            }
            if (!arg.startsWith("--") && BARE_FILE.containsKey(command.name())) {
                arg = "--" + BARE_FILE.get(command.name()) + "=" + arg;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                return Parsed.error("cli.usage.unexpected", arg, command.name());
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            Optional<OptionSpec> spec = command.option(name);
            if (spec.isEmpty()) {
                return Parsed.error("cli.usage.unknownOption", "--" + name, command.name());
            }
            String value;
            if (spec.get().isFlag()) {
                if (equals >= 0) {
                    return Parsed.error("cli.usage.flagValue", "--" + name, command.name());
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < rest.size() && !rest.get(i + 1).startsWith("--")) {
                value = rest.get(++i);
            } else {
                return Parsed.error(
                        "cli.usage.missingValue", "--" + name, spec.get().value(), command.name());
            }
            if (!spec.get().isFlag() && value.isBlank()) {
                return Parsed.error(
                        "cli.usage.missingValue", "--" + name, spec.get().value(), command.name());
            }
            if (!spec.get().choices().isEmpty() && !spec.get().choices().contains(value)) {
                return Parsed.error(
                        "cli.usage.badChoice", name, value, spec.get().value(), command.name());
            }
            if (options.put(name, value) != null) {
                return Parsed.error("cli.usage.twice", "--" + name, command.name());
            }
        }
        Locale locale = language == null ? null : "en".equals(language) ? Locale.ENGLISH : Messages.VIETNAMESE;
        Invocation invocation = invocation(command, options, passThrough, locale);
        if (help) {
            return new Parsed(invocation, true, null, null);
        }
        for (OptionSpec o : command.options()) {
            if (o.required() && !options.containsKey(o.name())) {
                return Parsed.error("cli.usage.required", "--" + o.name(), o.value(), command.name());
            }
        }
        if (command.name().equals("import") && options.containsKey("manifest") == options.containsKey("file")) {
            return Parsed.error("cli.usage.manifestOrFile");
        }
        if (command.name().equals("import")
                && options.containsKey("manifest")
                && (options.containsKey("kind") || options.containsKey("effective") || options.containsKey("basis"))) {
            return Parsed.error("cli.usage.manifestAlone");
        }
        return new Parsed(invocation, false, null, null);
    }

    private static CommandSpec help() {
        return CommandSpec.ALL.stream()
                .filter(c -> c.name().equals("help"))
                .findFirst()
                .orElseThrow();
    }

    private static Invocation invocation(
            CommandSpec command, Map<String, String> options, List<String> passThrough, Locale locale) {
        return new Invocation(command, options, passThrough, locale, null);
    }
}
