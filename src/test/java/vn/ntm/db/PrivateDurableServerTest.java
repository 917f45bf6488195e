package vn.ntm.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded server as the product starts it (not the tests' faster set-up): durable (fsync, synchronous commit,
 * full-page writes on) and private (no connection without its password, passwords in a file only its owner reads),
 * and a cluster made by an earlier version, which trusted every local connection, is closed at its next start.
 */
class PrivateDurableServerTest {

    @Test
    void a_new_cluster_is_durable_and_every_connection_needs_its_password() throws Exception {
        Path dataDir = Files.createTempDirectory("ntm-private").resolve("postgres");
        EmbeddedDatabase db = EmbeddedPostgresServer.start(dataDir, 0, "ntm", false);
        try (Connection c =
                DriverManager.getConnection(db.url(), db.app().user(), db.app().password())) {
            assertThat(settings(c, "fsync", "synchronous_commit", "full_page_writes"))
                    .containsExactly("on", "on", "on");
        }
        Path credentials = ClusterCredentials.fileOf(dataDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf")))
                .contains("scram-sha-256")
                .doesNotContain("trust");
        for (String user : List.of("postgres", "ntm_owner", "ntm_app")) {
            assertThatThrownBy(() ->
                            DriverManager.getConnection(db.url(), user, "").close())
                    .as(user)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() ->
                            DriverManager.getConnection(db.url(), user, "wrong").close())
                    .as(user)
                    .hasMessageContaining("password authentication failed");
        }
        assertThat(Files.exists(dataDir.resolveSibling("postgres.initdb-password")))
                .isFalse();
    }

    @Test
    void a_cluster_of_an_earlier_version_that_trusted_everyone_gets_passwords_and_an_owner_at_its_next_start()
            throws Exception {
        Path dataDir = Files.createTempDirectory("ntm-legacy").resolve("postgres");
        Files.createDirectories(dataDir);
        // as the product made it before: zonky's defaults, trust, the tables owned by postgres
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = legacy.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database ntm encoding 'UTF8' template template0");
            try (Connection ntm = legacy.getDatabase("postgres", "ntm").getConnection();
                    Statement t = ntm.createStatement()) {
                t.execute("create table kept (id bigserial primary key, name text)");
                t.execute("insert into kept (name) values ('còn nguyên')");
            }
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        EmbeddedDatabase db = EmbeddedPostgresServer.start(dataDir, 0, "ntm", false);
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(db.url(), "postgres", "").close())
                .hasMessageContaining("password");
        try (Connection c = DriverManager.getConnection(
                        db.url(), db.owner().user(), db.owner().password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name, pg_get_userbyid(relowner) from kept, pg_class "
                        + "where relname = 'kept_id_seq'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("còn nguyên");
            assertThat(rs.getString(2)).isEqualTo("ntm_owner");
        }
    }

    private static List<String> settings(Connection c, String... names) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("show " + name)) {
                    rs.next();
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
