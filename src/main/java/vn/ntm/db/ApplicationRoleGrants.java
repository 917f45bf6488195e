package vn.ntm.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, as the owner: the application's role may read and write the rows of every table, and no
 * more. It owns nothing, so it can neither change the schema nor disable or drop a trigger; on an append-only table
 * (one whose trigger calls a function named {@code *_is_append_only}, such as {@code audit_log}) it may only read and
 * insert; the migrations' history and the views that modules publish to each other it may only read. New tables
 * of later migrations are covered at the next start. Nothing is done when the application and the migrations use
 * one role (an external set-up of one user).
 */
public final class ApplicationRoleGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);

    private final Supplier<String> appRole;

    public ApplicationRoleGrants(Supplier<String> appRole) {
        this.appRole = appRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "ntm-application-role-grants";
    }

    @Override
    public void handle(Event event, Context context) {
        String app = appRole.get();
        try {
            grant(context.getConnection(), app);
        } catch (SQLException e) {
            throw new FlywayException(
                    "Không cấp được quyền cho vai trò " + app + " / cannot grant: " + e.getMessage(), e);
        }
    }

    static void grant(Connection connection, String app) throws SQLException {
        if (app == null || app.isBlank()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            String owner;
            boolean appExists;
            try (ResultSet rs = s.executeQuery("select current_user, exists (select 1 from pg_roles where rolname = '"
                    + app.replace("'", "''") + "')")) {
                rs.next();
                owner = rs.getString(1);
                appExists = rs.getBoolean(2);
            }
            if (owner.equals(app)) {
                log.warn(
                        "Ứng dụng và migration dùng chung vai trò {}: ứng dụng có quyền sửa lược đồ và nhật ký. Xem "
                                + "./ntm db setup / one role for the application and the migrations",
                        app);
                return;
            }
            if (!appExists) {
                throw new SQLException("role " + app + " does not exist");
            }
            for (String statement : grants(s, quoted(app))) {
                s.execute(statement);
            }
        }
    }

    private static List<String> grants(Statement s, String app) throws SQLException {
        List<String> statements = new ArrayList<>();
        statements.add("revoke create on schema public from public");
        statements.add("grant usage on schema public to " + app);
        try (ResultSet rs = s.executeQuery("""
                select format('%I.%I', n.nspname, c.relname),
                       c.relname = 'flyway_schema_history' or c.relkind in ('v', 'm'),
                       exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                               where t.tgrelid = c.oid and p.proname like '%\\_is\\_append\\_only')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm')
                order by c.relname""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                // grant what is needed, then take back the rest: never a moment without the rights it had
                String rights = rs.getBoolean(2)
                        ? "select"
                        : rs.getBoolean(3) ? "select, insert" : "select, insert, update, delete";
                String others =
                        rs.getBoolean(2) ? "insert, update, delete, " : rs.getBoolean(3) ? "update, delete, " : "";
                statements.add("grant " + rights + " on table " + table + " to " + app);
                statements.add("revoke " + others + "truncate, references, trigger on table " + table + " from " + app);
            }
        }
        statements.add("grant usage, select on all sequences in schema public to " + app);
        return statements;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
