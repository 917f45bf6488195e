package vn.ntm.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.ntm.NtmApplication;

/**
 * {@code ./ntm backup} and {@code ./ntm restore} as processes, as an operator runs them: the demo's database is
 * backed up, restored into a fresh data directory, and every table has the same rows there (count and checksum of
 * the rows, computed here by PostgreSQL, not by the backup), the same sequences, and a migrations' history Flyway
 * accepts. A second restore into it, a damaged file and a file of a newer schema are refused with exit 2 and
 * change nothing; a backup while another process holds the data directory is refused with exit 3.
 */
class BackupRestoreTest {

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @Test
    void a_backup_restored_into_a_fresh_directory_has_every_row_and_sequence_and_bad_files_are_refused()
            throws Exception {
        Path root = Files.createTempDirectory("ntm-backup");
        Path original = root.resolve("original");
        Path restored = root.resolve("restored");
        Path untouched = root.resolve("untouched");
        Path file = root.resolve("sao-luu.zip");

        Result fill = java(Map.of(), FillWithDemoData.class.getName(), original.toString());
        assertThat(fill.code()).as(fill.all()).isZero();

        Result backup = ntm(original, "backup", file.toString());
        assertThat(backup.code()).as(backup.all()).isZero();
        assertThat(backup.out()).contains(file.toString() + ": đã sao lưu", "lược đồ phiên bản");
        assertThat(backup.all()).as("the answer, not the server's progress").doesNotContain(" INFO ", "initdb");
        assertThat(ntm(original, "backup", "--to=" + file).err())
                .as("never overwrites")
                .contains("LỖI: Tệp " + file + " đã có", "ERROR: File " + file + " exists");

        Result restore = ntm(restored, "restore", file.toString());
        assertThat(restore.code()).as(restore.all()).isZero();
        assertThat(restore.out())
                .contains(file + ": đã khôi phục", restored.resolve("postgres").toString());
        assertThat(restore.all()).doesNotContain("Exception", "\tat ");

        Result again = ntm(restored, "restore", "--from=" + file);
        assertThat(again.code()).as(again.all()).isEqualTo(2);
        assertThat(again.err()).contains("không trống", "is not empty");

        String names = "tables/admin_unit_state.copy";
        Path damaged = rewrite(
                file,
                root.resolve("hong.zip"),
                (name, bytes) -> name.equals(names)
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replaceFirst("Xã", "Xa")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
        Result corrupt = ntm(untouched, "restore", "--from=" + damaged);
        assertThat(corrupt.code()).as(corrupt.all()).isEqualTo(2);
        assertThat(corrupt.err()).contains("bị hỏng (" + names, "is damaged (" + names);

        Path cut = root.resolve("cut.zip");
        byte[] whole = Files.readAllBytes(file);
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        Result truncated = ntm(untouched, "restore", "--from=" + cut);
        assertThat(truncated.code()).as(truncated.all()).isEqualTo(2);
        assertThat(truncated.err()).contains("không đọc được như một bản sao lưu", "cannot be read as an NTM backup");

        Path future = rewrite(
                file,
                root.resolve("moi-hon.zip"),
                (name, bytes) -> name.equals("manifest.properties")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replaceFirst("schema.version=[0-9.]+", "schema.version=999")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
        Result newer = ntm(untouched, "restore", "--from=" + future);
        assertThat(newer.code()).as(newer.all()).isEqualTo(2);
        assertThat(newer.err()).contains("phiên bản 999, mới hơn bản NTM này", "version 999, newer than this NTM");

        EmbeddedDatabase a = EmbeddedPostgresServer.start(original.resolve("postgres"), 0, "ntm", false);
        EmbeddedDatabase b = EmbeddedPostgresServer.start(restored.resolve("postgres"), 0, "ntm", false);
        EmbeddedDatabase c = EmbeddedPostgresServer.start(untouched.resolve("postgres"), 0, "ntm", false);
        Map<String, String> before = contents(a);
        Map<String, String> after = contents(b);
        assertThat(before.keySet())
                .contains(
                        "table audit_log",
                        "table admin_unit",
                        "table assessment_value",
                        "table app_user",
                        "table flyway_schema_history",
                        "sequence audit_log_id_seq");
        assertThat(before.entrySet().stream()
                        .filter(e ->
                                e.getKey().startsWith("table ") && !e.getValue().startsWith("0 "))
                        .count())
                .as("tables with rows")
                .isGreaterThan(15);
        assertThat(after).isEqualTo(before);
        assertThat(contents(c)).as("the refused restores wrote nothing").isEmpty();
        Flyway.configure()
                .dataSource(b.url(), b.owner().user(), b.owner().password())
                .locations("classpath:db/migration")
                .load()
                .validate();

        Result busy = ntm(original, "backup", "--to=" + root.resolve("busy.zip"));
        assertThat(busy.code()).as(busy.all()).isEqualTo(3);
        assertThat(busy.err()).contains("Ứng dụng đang chạy trên thư mục dữ liệu");
        assertThat(Files.exists(root.resolve("busy.zip"))).isFalse();
    }

    /** Rows and an MD5 of the rows in a fixed order, for every table; every sequence's value. */
    private static Map<String, String> contents(EmbeddedDatabase db) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(
                        db.url(), db.owner().user(), db.owner().password());
                Statement s = c.createStatement()) {
            List<String> tables = names(
                    s,
                    "select relname from pg_class where relnamespace = 'public'::regnamespace " + "and relkind = 'r'");
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(t::text, "
                        + "E'\\n' order by t::text)), '') from \"" + table + "\" t")) {
                    rs.next();
                    contents.put("table " + table, rs.getString(1));
                }
            }
            for (String sequence : names(
                    s,
                    "select relname from pg_class where relnamespace = "
                            + "'public'::regnamespace and relkind = 'S'")) {
                try (ResultSet rs = s.executeQuery("select last_value || ' ' || is_called from \"" + sequence + "\"")) {
                    rs.next();
                    contents.put("sequence " + sequence, rs.getString(1));
                }
            }
        }
        return contents;
    }

    private static List<String> names(Statement s, String query) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    interface Change {
        byte[] apply(String entry, byte[] bytes);
    }

    /** A copy of a zip with some entries changed (the manifest and its checksums left as they were). */
    private static Path rewrite(Path from, Path to, Change change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(change.apply(entry.getName(), bytes));
                out.closeEntry();
            }
        }
        return to;
    }

    /** {@code ./ntm COMMAND} on an installation's data directory, as a process of the test's classpath. */
    private static Result ntm(Path dataDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("-Dntm.cli=true", NtmApplication.class.getName()));
        command.addAll(List.of(args));
        return java(Map.of("NTM_DATA_DIR", dataDir.toString()), command.toArray(String[]::new));
    }

    private static Result java(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as(String.join(" ", args)).isTrue();
        Result r = new Result(p.exitValue(), out.get(), err.get());
        System.out.printf(
                "$ %s%n(exit %d)%n%s%s%n",
                String.join(" ", args),
                r.code(),
                r.out(),
                r.err().length() > 3000 ? r.err().substring(0, 3000) : r.err());
        return r;
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
