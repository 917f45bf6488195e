package vn.ntm.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files and which database the application uses.
 *
 * @param dataDir  cluster directory, kept across restarts; unset: {@code postgres/} in the installation's data
 *                 directory (see {@link DataDirectories})
 * @param port     TCP port on loopback; 0 picks a free one at each start
 * @param database database created on first start
 * @param fresh    drop and create the database at start (tests only: every run starts empty)
 * @param poolSize connections the application keeps open (tests use fewer: many test contexts share one server)
 * @param durable  fsync, synchronous commit and full-page writes on, so that a power cut loses no acknowledged
 *                 commit; only the tests turn it off ({@code src/test/resources/application.properties})
 */
@ConfigurationProperties("ntm.embedded-db")
public record EmbeddedDatabaseProperties(
        Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("ntm") String database,
        @DefaultValue("false") boolean fresh,
        @DefaultValue("10") int poolSize,
        @DefaultValue("true") boolean durable) {}
