package vn.ntm.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ntm.text.Messages;

/**
 * Two real processes on one embedded data directory: while the first runs, the second is refused, names it and
 * leaves its PostgreSQL running; once the first is killed ({@code kill -9}, its postgres left behind), the lock
 * is free again and the second stops the stale postgres and starts its own.
 */
class DataDirectoryLockTest {

    @Test
    void a_running_application_keeps_its_database_and_a_killed_ones_postgres_is_stopped_by_the_next() throws Exception {
        Path dataDir = Files.createTempDirectory("ntm-lock").resolve("postgres");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldDataDirectory.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            String heldUrl = awaitReady(holder);

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, 0, "second", false))
                    .isInstanceOfSatisfying(DataDirectoryInUseException.class, e -> {
                        assertThat(e.pid()).isEqualTo(holder.pid());
                        assertThat(e.describe(Messages.VIETNAMESE))
                                .contains(
                                        "Ứng dụng đang chạy trên thư mục dữ liệu",
                                        dataDir.toAbsolutePath().toString(),
                                        "tiến trình " + holder.pid());
                        assertThat(e.describe(Locale.ENGLISH))
                                .contains("The application is running", "process " + holder.pid());
                    });
            Login app =
                    ClusterCredentials.read(ClusterCredentials.fileOf(dataDir)).app();
            assertThat(answers(heldUrl, app))
                    .as("the running application's database was not touched")
                    .isTrue();
            assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).isTrue();

            long postmaster = Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                    .as("kill -9 leaves the postgres child running")
                    .contains(true);

            EmbeddedDatabase mine = EmbeddedPostgresServer.start(dataDir, 0, "second", false);
            assertThat(answers(mine.url(), mine.app())).isTrue();
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as("the stale postgres was stopped")
                    .isFalse();
        } finally {
            holder.destroyForcibly();
        }
    }

    private static String awaitReady(Process process) throws Exception {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String line;
        while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return line.substring("READY ".length());
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the first process did not start its database:\n" + seen);
    }

    private static boolean answers(String url, Login login) throws Exception {
        try (Connection c = DriverManager.getConnection(url, login.user(), login.password());
                ResultSet rs = c.createStatement().executeQuery("select 1")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }
}
