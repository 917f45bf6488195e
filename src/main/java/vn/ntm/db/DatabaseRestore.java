package vn.ntm.db;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code ./ntm restore --from=FILE}: a backup of {@link DatabaseBackup} into an empty database. The whole file is
 * checked first (manifest, every table's SHA-256 and row count), and refused if it is damaged or was taken at a
 * schema newer than this product knows. Then the migrations run up to the backup's version, and in one transaction
 * the rows are loaded (parents before children, the tables' own triggers off meanwhile), the migrations' history
 * replaced by the backup's, the sequences set; the next start migrates on to the current version.
 */
public final class DatabaseRestore {

    /** What was restored. */
    public record Summary(String schemaVersion, String latestVersion, int tables, long rows) {}

    private DatabaseRestore() {}

    public static Summary restore(CommandDatabase database, Path file) throws SQLException, IOException {
        try (ZipFile zip = open(file)) {
            BackupManifest manifest = verify(zip, file);
            String latest = latestVersion(migrations(database).load());
            if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(MigrationVersion.fromVersion(latest))
                    > 0) {
                throw new BackupRefusedException("db.restore.newer", file, manifest.schemaVersion(), latest);
            }
            try (Connection c = database.open()) {
                requireEmpty(c, database.description());
            }
            migrations(database)
                    .target(MigrationVersion.fromVersion(manifest.schemaVersion()))
                    .load()
                    .migrate();
            try (Connection c = database.open()) {
                load(c, zip, manifest);
                verifyRows(c, manifest);
            }
            return new Summary(
                    manifest.schemaVersion(), latest, manifest.tables().size(), manifest.rows());
        }
    }

    /** The product's migrations, as the application runs them (same location, the same grants after). */
    private static FluentConfiguration migrations(CommandDatabase database) {
        return Flyway.configure(DatabaseRestore.class.getClassLoader())
                .dataSource(
                        database.url(),
                        database.owner().user(),
                        database.owner().password())
                .locations("classpath:db/migration")
                .callbacks(new ApplicationRoleGrants(database::appRole));
    }

    private static ZipFile open(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new BackupRefusedException("db.restore.noFile", file.toAbsolutePath());
        }
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupRefusedException(e, "db.restore.notBackup", file);
        }
    }

    /** Reads the whole file once: every table there, whole, with the rows and checksum the manifest gives. */
    static BackupManifest verify(ZipFile zip, Path file) throws IOException {
        ZipEntry manifestEntry = zip.getEntry(BackupManifest.ENTRY);
        if (manifestEntry == null) {
            throw new BackupRefusedException("db.restore.notBackup", file);
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            manifest = BackupManifest.read(in, file.toString());
        } catch (ZipException e) {
            throw new BackupRefusedException(e, "db.restore.corrupt", file, BackupManifest.ENTRY);
        }
        for (BackupManifest.Table table : manifest.tables().values()) {
            ZipEntry entry = zip.getEntry(table.entry());
            if (entry == null) {
                throw new BackupRefusedException("db.restore.corrupt", file, table.entry());
            }
            MessageDigest sha = DatabaseBackup.sha256();
            long rows = 0;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            rows++;
                        }
                    }
                }
            } catch (ZipException | EOFException e) {
                throw new BackupRefusedException(e, "db.restore.corrupt", file, table.entry());
            }
            if (rows != table.rows() || !HexFormat.of().formatHex(sha.digest()).equals(table.sha256())) {
                throw new BackupRefusedException("db.restore.corrupt", file, table.entry());
            }
        }
        return manifest;
    }

    private static String latestVersion(Flyway flyway) {
        MigrationVersion latest = MigrationVersion.EMPTY;
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getVersion() != null && info.getVersion().compareTo(latest) > 0) {
                latest = info.getVersion();
            }
        }
        return latest.getVersion();
    }

    /** A database with any table in it is not overwritten: a restore goes into a new directory or database. */
    private static void requireEmpty(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p')""")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new BackupRefusedException("db.restore.notEmpty", where);
            }
        }
    }

    private static void load(Connection c, ZipFile zip, BackupManifest manifest) throws SQLException, IOException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            Map<String, List<String>> schema = DatabaseBackup.tables(s);
            if (!schema.keySet().equals(manifest.tables().keySet())) {
                throw new BackupRefusedException(
                        "db.restore.otherSchema",
                        manifest.schemaVersion(),
                        String.join(
                                ", ",
                                difference(schema.keySet(), manifest.tables().keySet())));
            }
            List<String> order = parentsFirst(s, schema.keySet());
            for (String table : order) {
                s.execute("alter table " + DatabaseBackup.quoted(table) + " disable trigger user");
            }
            s.execute("truncate "
                    + String.join(
                            ", ", order.stream().map(DatabaseBackup::quoted).toList()));
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : order) {
                BackupManifest.Table t = manifest.tables().get(table);
                try (InputStream in = zip.getInputStream(zip.getEntry(t.entry()))) {
                    copy.copyIn(
                            "copy " + DatabaseBackup.quoted(table) + " (" + DatabaseBackup.columnList(t.columns())
                                    + ") from stdin",
                            in);
                }
            }
            for (BackupManifest.Sequence sequence : manifest.sequences().values()) {
                s.execute("select setval('" + DatabaseBackup.quoted(sequence.name()) + "', " + sequence.lastValue()
                        + ", " + sequence.called() + ")");
            }
            for (String table : order) {
                s.execute("alter table " + DatabaseBackup.quoted(table) + " enable trigger user");
            }
            c.commit();
            c.setAutoCommit(true);
            for (String table : order) {
                s.execute("analyze " + DatabaseBackup.quoted(table));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            throw e;
        }
    }

    /** Tables ordered so that every table comes after those its foreign keys point to. */
    static List<String> parentsFirst(Statement s, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables) {
            parents.put(table, new LinkedHashSet<>());
        }
        try (ResultSet rs = s.executeQuery("""
                select child.relname, parent.relname
                from pg_constraint c join pg_class child on child.oid = c.conrelid
                join pg_class parent on parent.oid = c.confrelid join pg_namespace n on n.oid = child.relnamespace
                where c.contype = 'f' and n.nspname = current_schema() and c.conrelid <> c.confrelid""")) {
            while (rs.next()) {
                if (parents.containsKey(rs.getString(1)) && parents.containsKey(rs.getString(2))) {
                    parents.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < tables.size()) {
            int before = order.size();
            for (var table : parents.entrySet()) {
                if (!order.contains(table.getKey()) && order.containsAll(table.getValue())) {
                    order.add(table.getKey());
                }
            }
            if (order.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + parents.keySet());
            }
        }
        return order;
    }

    private static void verifyRows(Connection c, BackupManifest manifest) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (BackupManifest.Table table : manifest.tables().values()) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + DatabaseBackup.quoted(table.name()))) {
                    rs.next();
                    if (rs.getLong(1) != table.rows()) {
                        throw new IllegalStateException(table.name() + ": " + rs.getLong(1) + " rows restored, "
                                + table.rows() + " in the backup");
                    }
                }
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new LinkedHashSet<>(a);
        d.addAll(b);
        Set<String> both = new LinkedHashSet<>(a);
        both.retainAll(b);
        d.removeAll(both);
        return d;
    }
}
