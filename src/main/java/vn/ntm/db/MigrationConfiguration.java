package vn.ntm.db;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The migrations end by granting the application's role its rights: {@code ntm_app} on the embedded server, the
 * user of {@code spring.datasource.username} on an external one (the migrations then run as
 * {@code spring.flyway.user}, see {@code ./ntm db setup}).
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    @Bean
    ApplicationRoleGrants applicationRoleGrants(ObjectProvider<EmbeddedDatabase> embedded, Environment environment) {
        return new ApplicationRoleGrants(() -> {
            EmbeddedDatabase database = embedded.getIfAvailable();
            return database != null ? database.app().user() : environment.getProperty("spring.datasource.username");
        });
    }
}
