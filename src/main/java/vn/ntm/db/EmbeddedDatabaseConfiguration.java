package vn.ntm.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url}, the application runs on an embedded PostgreSQL 17 whose data lives under
 * {@code ./data/demo} (the demo) or {@code ./data/ntm} (the real installation) and survives restarts. With a URL,
 * Spring Boot's own datasource is used instead. The application's pool connects as {@code ntm_app}; the migrations
 * run as {@code ntm_owner}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatasourceCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment) {
        return EmbeddedPostgresServer.start(
                DataDirectories.cluster(properties, environment),
                properties.port(),
                properties.database(),
                properties.fresh(),
                properties.durable());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.url());
        dataSource.setUsername(database.app().user());
        dataSource.setPassword(database.app().password());
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setMinimumIdle(Math.min(2, properties.poolSize()));
        dataSource.setPoolName("ntm-embedded");
        return dataSource;
    }

    /** Flyway connects on its own as the owner, the only role that may change the schema. */
    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedDatabase database) {
        return configuration -> configuration.dataSource(
                database.url(), database.owner().user(), database.owner().password());
    }
}
