package vn.ntm.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator (a superuser) does once for a database of the product, embedded or external: an owner role
 * that owns the schema and runs the migrations, an application role with no rights on the schema, and a database
 * owned by the owner that only these roles can reach. Objects an older set-up created as another role (the embedded
 * {@code postgres} before, or a single-role external set-up) are handed to the owner.
 */
public final class DatabaseSetup {

    /** Opens an administrator's connection to one database of the server. */
    @FunctionalInterface
    public interface AdminConnections {
        Connection open(String database) throws SQLException;
    }

    /** What happened to a role. */
    public enum RoleOutcome {
        CREATED,
        PASSWORD_SET,
        KEPT
    }

    private final AdminConnections admin;

    public DatabaseSetup(AdminConnections admin) {
        this.admin = admin;
    }

    /** An administrator's connection to {@code database}. */
    public Connection adminConnection(String database) throws SQLException {
        return admin.open(database);
    }

    /** A name PostgreSQL takes without quotes, so that every statement here names it as given. */
    public static boolean isPlainName(String name) {
        return name != null && name.matches("[a-z_][a-z0-9_]{0,62}");
    }

    /** Creates the login role, or sets its password when {@code password} is given; never a superuser. */
    public RoleOutcome role(String name, String password) throws SQLException {
        requirePlain(name);
        try (Connection c = admin.open("postgres");
                Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = '" + name + "'")) {
                exists = rs.next();
                if (exists && rs.getBoolean(1)) {
                    throw new IllegalStateException("role " + name + " is a superuser");
                }
            }
            if (!exists) {
                s.execute("create role " + name + " login nosuperuser nocreatedb nocreaterole noreplication "
                        + "nobypassrls password '" + literal(password) + "'");
                return RoleOutcome.CREATED;
            }
            if (password == null) {
                return RoleOutcome.KEPT;
            }
            s.execute("alter role " + name + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls "
                    + "password '" + literal(password) + "'");
            return RoleOutcome.PASSWORD_SET;
        }
    }

    public boolean roleExists(String name) throws SQLException {
        requirePlain(name);
        try (Connection c = admin.open("postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + name + "'")) {
            return rs.next();
        }
    }

    /** Creates the database owned by {@code owner} (dropping it first when {@code fresh}); true when created. */
    public boolean database(String name, String owner, boolean fresh) throws SQLException {
        requirePlain(name);
        requirePlain(owner);
        try (Connection c = admin.open("postgres");
                Statement s = c.createStatement()) {
            if (fresh) {
                s.execute("drop database if exists " + name + " with (force)");
            }
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return false;
                }
            }
            s.execute("create database " + name + " owner " + owner + " encoding 'UTF8' template template0");
            return true;
        }
    }

    /**
     * Makes {@code database} the owner's and private: only the owner and {@code app} may connect, nobody but the
     * owner may create objects in it, and what another role owns there passes to the owner.
     */
    public void secure(String database, String owner, String app) throws SQLException {
        requirePlain(database);
        requirePlain(owner);
        requirePlain(app);
        try (Connection c = admin.open(database);
                Statement s = c.createStatement()) {
            s.execute("alter database " + database + " owner to " + owner);
            for (String statement : adoptions(s, owner)) {
                s.execute(statement);
            }
            // sequences that belong to a table changed owner with it; the others now
            for (String statement : sequenceAdoptions(s, owner)) {
                s.execute(statement);
            }
            s.execute("revoke all on database " + database + " from public");
            s.execute("grant connect, temporary on database " + database + " to " + app);
            s.execute("revoke create on schema public from public");
        }
    }

    private static List<String> adoptions(Statement s, String owner) throws SQLException {
        return statements(s, """
                select format('alter table %I.%I owner to %I', n.nspname, c.relname, '$owner')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('r', 'p', 'v', 'm', 'f') and pg_get_userbyid(c.relowner) <> '$owner'
                  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
                union all
                select format('alter routine %s owner to %I', p.oid::regprocedure, '$owner')
                from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where pg_get_userbyid(p.proowner) <> '$owner'
                  and n.nspname not in ('pg_catalog', 'information_schema')
                """.replace("$owner", owner));
    }

    private static List<String> sequenceAdoptions(Statement s, String owner) throws SQLException {
        return statements(s, """
                select format('alter sequence %I.%I owner to %I', n.nspname, c.relname, '$owner')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'S' and pg_get_userbyid(c.relowner) <> '$owner'
                  and n.nspname not in ('pg_catalog', 'information_schema')
                """.replace("$owner", owner));
    }

    private static List<String> statements(Statement s, String query) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                statements.add(rs.getString(1));
            }
        }
        return statements;
    }

    private static void requirePlain(String name) {
        if (!isPlainName(name)) {
            throw new IllegalArgumentException("Tên không hợp lệ / not a plain PostgreSQL name: " + name);
        }
    }

    private static String literal(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a new role needs a password");
        }
        return password.replace("'", "''");
    }
}
