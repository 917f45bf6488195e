package vn.ntm.db;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code ./ntm backup --to=FILE}: one consistent snapshot of the database (a serializable, read-only, deferrable
 * transaction: every table as of one moment) in one zip file: each table's rows in PostgreSQL's COPY text format,
 * which any server version reads back, the migrations' history with it, the sequences' values, and a manifest with
 * the schema version and the rows and SHA-256 of every table. Needs no {@code pg_dump}: only the JDBC driver.
 */
public final class DatabaseBackup {

    /** What was written. */
    public record Summary(Path file, String schemaVersion, int tables, long rows, long bytes) {}

    private DatabaseBackup() {}

    /** Writes the backup to {@code file}, which must not exist yet; the file appears complete or not at all. */
    public static Summary write(Connection connection, Path file) throws SQLException, IOException {
        if (Files.exists(file)) {
            throw new BackupRefusedException("db.backup.exists", file.toAbsolutePath());
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        connection.setAutoCommit(false);
        BackupManifest manifest;
        try (Statement s = connection.createStatement()) {
            s.execute("set transaction isolation level serializable, read only, deferrable");
            manifest = snapshot(connection, s, partial);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            Files.deleteIfExists(partial);
            throw e;
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(file, manifest.schemaVersion(), manifest.tables().size(), manifest.rows(), Files.size(file));
    }

    private static BackupManifest snapshot(Connection connection, Statement s, Path partial)
            throws SQLException, IOException {
        String version = schemaVersion(s);
        String server;
        try (ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            server = rs.getString(1);
        }
        Map<String, List<String>> tables = tables(s);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, BackupManifest.Table> written = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW))) {
            for (var table : tables.entrySet()) {
                BackupManifest.Table entry = new BackupManifest.Table(table.getKey(), table.getValue(), 0, "");
                zip.putNextEntry(new ZipEntry(entry.entry()));
                MessageDigest sha = sha256();
                long rows = copy.copyOut(
                        "copy (select " + columnList(table.getValue()) + " from " + quoted(table.getKey())
                                + ") to stdout",
                        new DigestOutputStream(new KeepOpen(zip), sha));
                zip.closeEntry();
                written.put(
                        table.getKey(),
                        new BackupManifest.Table(
                                table.getKey(),
                                table.getValue(),
                                rows,
                                HexFormat.of().formatHex(sha.digest())));
            }
            BackupManifest manifest =
                    new BackupManifest(version, Instant.now().toString(), server, written, sequences(s));
            zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
            manifest.write(new KeepOpen(zip));
            zip.closeEntry();
            return manifest;
        }
    }

    /** The version of the last migration applied, which a restore migrates to before loading the rows. */
    static String schemaVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            if (!rs.next()) {
                throw new BackupRefusedException("db.backup.noSchema");
            }
            return rs.getString(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) { // no history table: nothing was ever migrated here
                throw new BackupRefusedException(e, "db.backup.noSchema");
            }
            throw e;
        }
    }

    /** Every table of the schema with its stored columns (generated ones are computed again on restore). */
    static Map<String, List<String>> tables(Statement s) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("""
                select c.relname, a.attname
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname, a.attnum""")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    private static Map<String, BackupManifest.Sequence> sequences(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'S' order by c.relname""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, BackupManifest.Sequence> sequences = new LinkedHashMap<>();
        for (String name : names) {
            try (ResultSet rs = s.executeQuery("select last_value, is_called from " + quoted(name))) {
                rs.next();
                sequences.put(name, new BackupManifest.Sequence(name, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return sequences;
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::quoted).toList());
    }

    static String quoted(String name) {
        if (!DatabaseSetup.isPlainName(name)) {
            throw new BackupRefusedException("db.backup.badName", name);
        }
        return "\"" + name + "\"";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets COPY and the manifest write into the current zip entry without closing the zip. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
