package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Debian's PostgreSQL server for a test: a fresh cluster in a temporary folder, as user {@code postgres} when the
 * tests run as root, on loopback and a free port, trusting local connections (the superuser {@code postgres}
 * without a password) or, for a test of the set-up tool, asking for the superuser's password.
 */
final class DebianPostgres {

    private final Path bin;
    private final Path folder;
    private final int port;

    private DebianPostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** The server's programs ({@code /usr/lib/postgresql/<version>/bin}), or null when the package is missing. */
    static Path installed() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** A new cluster in {@code folder/pg} (log {@code folder/pg.log}), running, with an empty database {@code db}. */
    static DebianPostgres start(Path bin, Path folder, String db) throws Exception {
        DebianPostgres server = new DebianPostgres(bin, folder, freePort());
        server.initAndStart("-A trust");
        run(
                bin.resolve("createdb").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(server.port),
                "-U",
                "postgres",
                db);
        return server;
    }

    /**
     * A new cluster in {@code folder/pg} that asks every connection for a password (scram-sha-256), the superuser
     * {@code postgres} signing in with {@code password}; no database of ours (a set-up tool makes its own).
     */
    static DebianPostgres startWithPassword(Path bin, Path folder, String password) throws Exception {
        DebianPostgres server = new DebianPostgres(bin, folder, freePort());
        Path passwordFile = folder.resolve("pw");
        Files.writeString(passwordFile, password + "\n");
        if (asRoot()) {
            run("chown", "postgres", passwordFile.toString());
        }
        server.initAndStart("-A scram-sha-256 --pwfile=" + passwordFile);
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void initAndStart(String authentication) throws Exception {
        if (asRoot()) {
            run("chown", "postgres", folder.toString());
        }
        asPostgres(bin.resolve("initdb") + " " + authentication + " -U postgres -E UTF8 -D " + folder + "/pg");
        asPostgres(bin.resolve("pg_ctl") + " -D " + folder + "/pg -o '-p " + port
                + " -k /tmp -c listen_addresses=127.0.0.1' -l " + folder + "/pg.log -w start");
    }

    int port() {
        return port;
    }

    String jdbcUrl(String db) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + db;
    }

    /** Stops the server and removes its folder. */
    void stop() throws Exception {
        asPostgres(bin.resolve("pg_ctl") + " -D " + folder + "/pg -m fast -w stop");
        run("rm", "-rf", folder.toString());
    }

    static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void asPostgres(String command) throws Exception {
        if (asRoot()) {
            run("su", "postgres", "-s", "/bin/sh", "-c", command);
        } else {
            run("sh", "-c", command);
        }
    }

    static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
    }
}
