package vn.ntm.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no {@code spring.datasource.url}, the application runs on an embedded PostgreSQL 17 whose data lives under
 * {@code ./data/demo} (the demo) or {@code ./data/ntm} (the real installation) and survives restarts. With a URL,
 * Spring Boot's own datasource is used instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatasourceCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(EmbeddedDatabaseProperties properties, Environment environment) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedPostgresServer.jdbcUrl(DataDirectories.cluster(properties, environment),
                properties.port(),
                properties.database(), properties.fresh()));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setMinimumIdle(Math.min(2, properties.poolSize()));
        dataSource.setPoolName("ntm-embedded");
        return dataSource;
    }
}
