package vn.ntm.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.util.StringUtils;

/**
 * The database a command works on without starting the application ({@code ./ntm backup}, {@code ./ntm restore}):
 * the external PostgreSQL of {@code SPRING_DATASOURCE_URL}, as the owner ({@code SPRING_FLYWAY_USER}, else the
 * datasource's user), or else the embedded server of the real installation ({@code NTM_DATA_DIR}), started here as
 * its owner. The caller holds the data directory's lock ({@link EmbeddedPostgresServer#lockRealInstallation()}).
 *
 * @param appRole the application's role, to grant it its rights after a migration
 */
public record CommandDatabase(String url, Login owner, String appRole, String description) {

    public static CommandDatabase fromEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            String user = environment.getProperty("spring.datasource.username", "");
            String password = environment.getProperty("spring.datasource.password", "");
            String flywayUser = environment.getProperty("spring.flyway.user");
            Login owner = StringUtils.hasText(flywayUser)
                    ? new Login(flywayUser, environment.getProperty("spring.flyway.password", ""))
                    : new Login(user, password);
            return new CommandDatabase(url, owner, user, url);
        }
        EmbeddedDatabase embedded = EmbeddedPostgresServer.start(
                EmbeddedPostgresServer.realInstallationCluster(),
                0,
                environment.getProperty("ntm.embedded-db.database", "ntm"),
                false,
                true);
        return new CommandDatabase(
                embedded.url(),
                embedded.owner(),
                embedded.app().user(),
                EmbeddedPostgresServer.realInstallationCluster().toString());
    }

    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, owner.user(), owner.password());
    }
}
