package vn.ntm.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.ntm.db.BackupRefusedException;
import vn.ntm.db.DataDirectoryInUseException;
import vn.ntm.db.EmbeddedPostgresServer;
import vn.ntm.errors.ProblemException;
import vn.ntm.install.DemoInstallationException;
import vn.ntm.text.BundleText;
import vn.ntm.text.Messages;

/**
 * {@code ./ntm COMMAND [OPTIONS]}: reads the command, answers {@code --help} and usage errors at once, checks the
 * files, then starts the application without the web server and without demo data, runs the command as the system
 * and exits with its code. {@code serve} starts the real application (web server, no demo data) instead.
 */
public final class CommandLine {

    /** The words that make {@code java -jar ntm.jar WORD ...} a command rather than the plain application. */
    private static final Set<String> COMMAND_WORDS =
            Set.of("serve", "admin", "import", "users", "bodies", "backup", "restore", "db", "help", "--help", "-h");

    /** The commands that need no application context (a restore chooses the schema version itself). */
    private static final Map<String, StandaloneCommand> STANDALONE =
            Map.of("backup", new BackupCommand(), "restore", new RestoreCommand(), "db setup", new DbSetupCommand());

    private CommandLine() {}

    /** True when the arguments name a command ({@code -Dntm.cli=true}, as {@code ./ntm} sets, makes all do). */
    public static boolean isCommand(String[] args) {
        return Boolean.getBoolean("ntm.cli") || args.length > 0 && COMMAND_WORDS.contains(args[0]);
    }

    /** Runs the command; returns only for {@code serve}, whose application goes on running. */
    public static void main(Class<?> application, String[] args) {
        int code = run(application, List.of(args), System.in, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** @return the exit code, or -1 when the application was started to keep running ({@code serve}) */
    static int run(Class<?> application, List<String> args, InputStream in, PrintStream out, PrintStream err) {
        ArgumentParser.Parsed parsed = ArgumentParser.parse(args);
        if (parsed.invocation() == null) {
            Console console = new Console(out, err, Messages.VIETNAMESE);
            console.error(parsed.errorKey(), parsed.errorArgs());
            console.hint("cli.usage.seeHelp");
            return ExitCode.USAGE;
        }
        Invocation invocation = parsed.invocation();
        Console console = new Console(out, err, invocation.outputLocale());
        String name = invocation.command().name();
        if (parsed.help()) {
            printHelp(out, invocation.command().key(), invocation.locale());
            return ExitCode.OK;
        }
        if (name.equals("help")) {
            return help(invocation, out, console);
        }
        if (name.equals("serve")) {
            try {
                EmbeddedPostgresServer.lockRealInstallation();
            } catch (DataDirectoryInUseException e) {
                return failed(e, console, null);
            }
            return serve(application, invocation);
        }
        for (String option : List.of("file", "manifest", "from")) {
            if (invocation.option(option).isPresent()
                    && !Files.isReadable(Path.of(invocation.options().get(option)))) {
                console.error(
                        "cli.error.noFile",
                        Path.of(invocation.options().get(option)).toAbsolutePath());
                return ExitCode.REFUSED;
            }
        }
        if (invocation.option("to").isPresent()) {
            Path directory =
                    Path.of(invocation.options().get("to")).toAbsolutePath().getParent();
            if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
                console.error("db.backup.noDirectory", directory);
                return ExitCode.REFUSED;
            }
        }
        if (invocation.flag("password-stdin")) {
            String password = readPassword(in);
            if (password == null || password.isEmpty()) {
                console.error("cli.error.noPassword");
                return ExitCode.REFUSED;
            }
            invocation = invocation.withSecret(password);
        }
        if (STANDALONE.containsKey(name)) {
            return standalone(STANDALONE.get(name), invocation, console);
        }
        try {
            EmbeddedPostgresServer.lockRealInstallation();
        } catch (DataDirectoryInUseException e) {
            return failed(e, console, null);
        }
        return inApplication(application, invocation, console);
    }

    private static int inApplication(Class<?> application, Invocation invocation, Console console) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(springArguments(invocation.command().name()));
        } catch (RuntimeException e) {
            return failed(e, console, null);
        }
        Messages messages = context.getBean(Messages.class);
        LocaleContextHolder.setLocale(invocation.outputLocale());
        try {
            CliCommand command = context.getBeansOfType(CliCommand.class).values().stream()
                    .filter(c -> c.name().equals(invocation.command().name()))
                    .findFirst()
                    .orElseThrow();
            return command.run(invocation, console);
        } catch (RuntimeException e) {
            return failed(e, console, messages);
        } finally {
            console.flush();
            LocaleContextHolder.resetLocaleContext();
            SpringApplication.exit(context);
        }
    }

    /**
     * Backup and restore work on the real installation's data directory, refused while the application runs there
     * (its lock); the set-up of an external server touches no data directory.
     */
    private static int standalone(StandaloneCommand command, Invocation invocation, Console console) {
        quietLog();
        try {
            if (!invocation.command().name().equals("db setup")) {
                EmbeddedPostgresServer.lockRealInstallation();
            }
            return command.run(invocation, console);
        } catch (BackupRefusedException refused) {
            console.error(refused.key(), refused.args());
            return ExitCode.REFUSED;
        } catch (SQLException e) {
            // 08: no connection, 28: authentication; anything else is the database refusing a statement
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            console.error(
                    state.startsWith("08") || state.startsWith("28") ? "cli.error.database" : "db.error.sql",
                    e.getMessage());
            return ExitCode.FAILED;
        } catch (Exception e) {
            return failed(e, console, null);
        } finally {
            console.flush();
        }
    }

    /**
     * The levels {@link #springArguments} gives Spring's commands, for those that start without Spring: the
     * embedded server's and Flyway's progress lines are not the command's answer ({@code NTM_DEBUG} keeps them).
     */
    private static void quietLog() {
        if (System.getenv("NTM_DEBUG") == null
                && LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.ERROR);
            logback.getLogger("vn.ntm").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Properties of a command's start: no web server, no demo data, only warnings in the log. */
    private static String[] springArguments(String command) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.main.web-application-type=none", "--ntm.demo.enabled=false", "--ntm.cli.command=" + command));
        if (System.getenv("NTM_DEBUG") == null) {
            arguments.addAll(List.of(
                    "--logging.level.root=ERROR",
                    "--logging.level.vn.ntm=WARN",
                    "--logging.level.org.springframework.boot.SpringApplication=OFF",
                    "--logging.level.org.springframework.boot.diagnostics=OFF"));
        }
        return arguments.toArray(String[]::new);
    }

    /**
     * The real application: web server, no demo data; other options are Spring Boot properties. A start refused
     * has already been explained by Spring Boot's failure analysis; only its exit code is left to give.
     */
    private static int serve(Class<?> application, Invocation invocation) {
        List<String> arguments = new ArrayList<>(List.of("--ntm.demo.enabled=false"));
        arguments.addAll(invocation.passThrough());
        try {
            SpringApplication.run(application, arguments.toArray(String[]::new));
            return -1;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DataDirectoryInUseException) {
                    return ExitCode.BUSY;
                }
                if (t instanceof DemoInstallationException) {
                    return ExitCode.REFUSED;
                }
            }
            return ExitCode.FAILED;
        }
    }

    /** Turns what stopped a command into its exit code and two lines of explanation. */
    static int failed(Throwable failure, Console console, Messages messages) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataDirectoryInUseException busy) {
                console.errorIn(busy.describe(Messages.VIETNAMESE), busy.describe(Locale.ENGLISH));
                console.hint("install.dataDirInUse.action");
                return ExitCode.BUSY;
            }
            if (t instanceof DemoInstallationException demo) {
                console.errorIn(demo.describe(Messages.VIETNAMESE), demo.describe(Locale.ENGLISH));
                console.hint("install.demoDatabase.action");
                return ExitCode.REFUSED;
            }
            if (t instanceof ProblemException problem && messages != null) {
                console.errorIn(
                        messages.get(Messages.VIETNAMESE, problem.messageKey(), problem.args()),
                        messages.get(Locale.ENGLISH, problem.messageKey(), problem.args()));
                return ExitCode.REFUSED;
            }
            if (t instanceof UncheckedIOException io) {
                console.errorIn(io.getMessage(), io.getMessage());
                return ExitCode.REFUSED;
            }
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                console.error("cli.error.database", t.getMessage());
                return ExitCode.FAILED;
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        console.error("cli.error.unexpected", root.getClass().getSimpleName() + ": " + root.getMessage());
        if (System.getenv("NTM_DEBUG") != null) {
            failure.printStackTrace();
        }
        return ExitCode.FAILED;
    }

    private static int help(Invocation invocation, PrintStream out, Console console) {
        List<String> words = invocation.passThrough();
        if (words.isEmpty()) {
            printHelp(out, "help", invocation.locale());
            return ExitCode.OK;
        }
        return CommandSpec.find(words)
                .filter(c -> c.words() == words.size())
                .map(c -> {
                    printHelp(out, c.key(), invocation.locale());
                    return ExitCode.OK;
                })
                .orElseGet(() -> {
                    console.error("cli.usage.unknownCommand", String.join(" ", words));
                    return ExitCode.USAGE;
                });
    }

    /** Vietnamese, then English; only one of them when {@code --lang} was given. */
    private static void printHelp(PrintStream out, String key, Locale locale) {
        if (locale == null || !"en".equals(locale.getLanguage())) {
            out.println(BundleText.get(Messages.VIETNAMESE, "cli.help." + key));
        }
        if (locale == null) {
            out.println();
            out.println("----");
            out.println();
        }
        if (locale == null || "en".equals(locale.getLanguage())) {
            out.println(BundleText.get(Locale.ENGLISH, "cli.help." + key));
        }
        out.println();
        out.println(BundleText.get(locale == null ? Messages.VIETNAMESE : locale, "cli.help.exitCodes"));
        if (locale == null) {
            out.println(BundleText.get(Locale.ENGLISH, "cli.help.exitCodes"));
        }
    }

    /** One line from standard input; on a terminal, asked without echo. */
    private static String readPassword(InputStream in) {
        java.io.Console terminal = System.console();
        if (terminal != null && in == System.in) {
            char[] typed = terminal.readPassword("%s", BundleText.get(Messages.VIETNAMESE, "cli.admin.prompt"));
            return typed == null ? null : new String(typed);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.replace("\r", "");
        } catch (IOException e) {
            return null;
        }
    }
}
