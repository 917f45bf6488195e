package vn.ntm.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers from a previous run that was killed: after {@code kill -9} of the JVM the postgres child survives
 * and holds {@code postmaster.pid}, so the next start would fail. We stop that server (it is ours: it runs on
 * our data directory) or remove a pid file whose process is gone.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private StalePostmaster() {}

    static void clear(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process =
                readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isPostgres(process.get())) {
            stop(process.get(), pidFile);
        } else {
            log.warn("Xóa tệp khóa cũ {} (tiến trình không còn chạy) / removing stale lock file", pidFile);
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Không xóa được tệp khóa " + pidFile + ": " + e.getMessage()
                            + ". Hãy dừng PostgreSQL đang chạy trên thư mục này rồi thử lại.",
                    e);
        }
    }

    private static void stop(ProcessHandle process, Path pidFile) {
        log.warn(
                "PostgreSQL của lần chạy trước (pid {}) vẫn chạy trên {}: đang dừng / stopping the stale server",
                process.pid(),
                pidFile.getParent());
        process.destroy(); // SIGTERM: "smart" shutdown, data stays consistent
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            sleep();
        }
        if (process.isAlive()) {
            throw new IllegalStateException("PostgreSQL cũ (pid " + process.pid() + ") không dừng được. "
                    + "Hãy chạy: kill -9 " + process.pid() + " rồi khởi động lại.");
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        String command = process.info().command().orElse("");
        List<String> args = process.info().arguments().map(List::of).orElse(List.of());
        return command.contains("postgres") || args.stream().anyMatch(a -> a.contains("postgres"));
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
