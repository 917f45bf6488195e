package vn.ntm.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ntm.db.DatabaseSetup;
import vn.ntm.db.Passwords;

/**
 * {@code ./ntm db setup --url=jdbc:postgresql://HOST:PORT/DB --admin-user=postgres}: on an external PostgreSQL, as
 * its administrator, the owner role (runs the migrations), the application's role (rows only) and the database
 * owned by the owner, then the settings to give the application: {@code SPRING_DATASOURCE_*} for the application's
 * role, {@code SPRING_FLYWAY_USER}/{@code _PASSWORD} for the owner. Run again, it keeps what exists (passwords too,
 * unless {@code --reset-passwords}).
 */
final class DbSetupCommand implements StandaloneCommand {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([^/?]+)(\\?.*)?");

    @Override
    public int run(Invocation invocation, Console console) throws Exception {
        String url = invocation.option("url").orElseThrow();
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            console.error("db.setup.badUrl", url);
            return ExitCode.REFUSED;
        }
        String hosts = m.group(1);
        String database = m.group(2);
        String params = m.group(3) == null ? "" : m.group(3);
        String admin = invocation.option("admin-user").orElse("postgres");
        String owner = invocation.option("owner").orElse("ntm_owner");
        String app = invocation.option("app-user").orElse("ntm_app");
        for (String name : List.of(database, owner, app)) {
            if (!DatabaseSetup.isPlainName(name)) {
                console.error("db.setup.badName", name);
                return ExitCode.REFUSED;
            }
        }
        if (owner.equals(app) || owner.equals(admin) || app.equals(admin)) {
            console.error("db.setup.sameRoles", admin, owner, app);
            return ExitCode.REFUSED;
        }
        String password = invocation.secret() != null ? invocation.secret() : System.getenv("PGPASSWORD");
        DatabaseSetup setup = new DatabaseSetup(
                db -> DriverManager.getConnection("jdbc:postgresql://" + hosts + "/" + db + params, admin, password));
        if (!isSuperuser(setup)) {
            console.error("db.setup.notSuperuser", admin);
            return ExitCode.REFUSED;
        }
        boolean reset = invocation.flag("reset-passwords");
        String ownerPassword = reset || !setup.roleExists(owner) ? Passwords.generate() : null;
        String appPassword = reset || !setup.roleExists(app) ? Passwords.generate() : null;
        console.line("db.setup.role." + setup.role(owner, ownerPassword), owner, console.text("db.setup.owner"));
        console.line("db.setup.role." + setup.role(app, appPassword), app, console.text("db.setup.app"));
        console.line(
                setup.database(database, owner, false) ? "db.setup.database.created" : "db.setup.database.kept",
                database,
                owner);
        setup.secure(database, owner, app);

        List<String> settings = new ArrayList<>(List.of(
                setting("SPRING_DATASOURCE_URL", url),
                setting("SPRING_DATASOURCE_USERNAME", app),
                appPassword == null
                        ? "# SPRING_DATASOURCE_PASSWORD: " + console.text("db.setup.unchanged")
                        : setting("SPRING_DATASOURCE_PASSWORD", appPassword),
                setting("SPRING_FLYWAY_USER", owner),
                ownerPassword == null
                        ? "# SPRING_FLYWAY_PASSWORD: " + console.text("db.setup.unchanged")
                        : setting("SPRING_FLYWAY_PASSWORD", ownerPassword)));
        if (invocation.option("env-file").isPresent()) {
            Path file = Path.of(invocation.option("env-file").get()).toAbsolutePath();
            Passwords.writePrivately(file, String.join("\n", settings) + "\n");
            console.line("db.setup.envFile", file);
        } else {
            console.line("db.setup.settings");
            settings.forEach(console::print);
        }
        return ExitCode.OK;
    }

    private static boolean isSuperuser(DatabaseSetup setup) throws SQLException {
        try (Connection c = setup.adminConnection("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** {@code NAME=value}, quoted for a shell when the value has anything but plain characters. */
    private static String setting(String name, String value) {
        return name + "=" + (value.matches("[A-Za-z0-9:/._@%+=,-]*") ? value : "'" + value.replace("'", "'\\''") + "'");
    }
}
