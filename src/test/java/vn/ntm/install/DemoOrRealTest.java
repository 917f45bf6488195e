package vn.ntm.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.NtmApplication;
import vn.ntm.access.SystemActor;
import vn.ntm.imports.ImportMode;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitImports;
import vn.ntm.unit.Units;

/**
 * A database is a demo or a real installation from its first start on, and the two never mix: the demo started
 * on a real database loads no sample data (and creates no account), real imports into the demo's database are
 * refused with how to start for real, and the real application refuses to start on the demo's database. The first
 * start of a real installation creates the administrator named by {@code NTM_ADMIN_USERNAME}, only then.
 */
class DemoOrRealTest {

    private static ConfigurableApplicationContext start(String database, boolean fresh, boolean demo, String... more) {
        String[] base = {
            "--ntm.embedded-db.data-dir=target/pg-test",
            "--ntm.embedded-db.database=" + database,
            "--ntm.embedded-db.fresh=" + fresh,
            "--ntm.embedded-db.pool-size=4",
            "--ntm.demo.enabled=" + demo,
            "--server.port=0"
        };
        String[] args = Stream.concat(Arrays.stream(base), Arrays.stream(more)).toArray(String[]::new);
        return new SpringApplicationBuilder(NtmApplication.class).run(args);
    }

    @Test
    void a_real_installation_gets_its_first_administrator_from_the_environment_once_and_never_demo_data() {
        try (ConfigurableApplicationContext real = start(
                "install_real",
                true,
                false,
                "--ntm.admin.username=chu.tich",
                "--ntm.admin.password=mat-khau-tu-bien-moi-truong")) {
            JdbcClient jdbc = real.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select kind from installation")
                            .query(String.class)
                            .single())
                    .isEqualTo("REAL");
            assertThat(jdbc.sql("select username || ' ' || role || ' ' || must_change_password from app_user")
                            .query(String.class)
                            .list())
                    .containsExactly("chu.tich ADMIN true");
            assertThat(jdbc.sql("""
                            select count(*) from audit_log where entity_type = 'app_user'
                            and actor = 'system:NTM_ADMIN_USERNAME' and reason = 'NTM_ADMIN_USERNAME'""").query(Long.class).single()).isPositive();
        }
        try (ConfigurableApplicationContext demoCommand =
                start("install_real", false, true, "--ntm.admin.username=nguoi.khac")) {
            JdbcClient jdbc = demoCommand.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select kind from installation")
                            .query(String.class)
                            .single())
                    .isEqualTo("REAL");
            assertThat(demoCommand.getBean(Units.class).hasDemoUnits())
                    .as("no demo data in a real database")
                    .isFalse();
            assertThat(jdbc.sql("select username from app_user")
                            .query(String.class)
                            .list())
                    .as("the variable is ignored once a user exists; no demo account")
                    .containsExactly("chu.tich");
        }
    }

    @Test
    void the_demo_database_refuses_real_imports_and_the_real_application() {
        try (ConfigurableApplicationContext demo = start("install_demo", true, true)) {
            assertThat(demo.getBean(Installation.class).kind()).contains(InstallationKind.DEMO);
            assertThat(demo.getBean(Units.class).hasDemoUnits()).isTrue();
            UnitImports imports = demo.getBean(UnitImports.class);
            byte[] attributes = "ma,tu_ngay,den_ngay,thuoc_tinh,gia_tri,can_cu\n20161,01/07/2025,,nhom_xa,1,QĐ 1\n"
                    .getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> demo.getBean(SystemActor.class)
                            .run(
                                    "test",
                                    () -> imports.importFile(
                                            UnitImports.Kind.ATTRIBUTES,
                                            "thuoc-tinh.csv",
                                            attributes,
                                            null,
                                            null,
                                            ImportMode.ALL_OR_NOTHING,
                                            false)))
                    .isInstanceOfSatisfying(
                            DemoDatabaseException.class,
                            e -> assertThat(demo.getBean(Messages.class).get(e.messageKey()))
                                    .contains("bản dùng thử", "./ntm serve", "./data/ntm"));
        }
        assertThatThrownBy(() -> start("install_demo", false, false).close())
                .isInstanceOf(DemoInstallationException.class)
                .hasMessageContaining("demo");
    }
}
