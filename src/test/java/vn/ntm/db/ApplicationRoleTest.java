package vn.ntm.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.testing.NtmTest;

/**
 * The application on the embedded server connects as {@code ntm_app}, which owns nothing: the audit log cannot be
 * changed, emptied or unguarded through its connections (with {@code postgres} the trigger was bypassed by
 * {@code session_replication_role}), the schema cannot be changed; what the product does with its rows still works
 * (COPY, sequences, advisory locks, {@code set local plan_cache_mode}); the migrations ran as {@code ntm_owner}.
 */
@NtmTest
@TestPropertySource(properties = {"ntm.embedded-db.database=app_role", "ntm.demo.enabled=false"})
class ApplicationRoleTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_application_role_cannot_change_or_hide_the_audit_log_nor_the_schema() {
        AuditLogProtections.assertTheApplicationRoleCannotTamper(jdbc, "ntm_app");
    }

    @Test
    void the_migrations_ran_as_the_owner_who_owns_every_table() {
        assertThat(jdbc.sql("select distinct installed_by from flyway_schema_history")
                        .query(String.class)
                        .list())
                .containsExactly("ntm_owner");
        assertThat(jdbc.sql("""
                select distinct pg_get_userbyid(relowner) from pg_class
                where relnamespace = 'public'::regnamespace and relkind in ('r', 'S', 'i')""").query(String.class).list()).containsExactly("ntm_owner");
        assertThat(jdbc.sql("select has_table_privilege('flyway_schema_history', 'insert')")
                        .query(Boolean.class)
                        .single())
                .as("the history is read-only to the application")
                .isFalse();
        assertThat(jdbc.sql("select has_table_privilege('audit_log', 'insert') and has_table_privilege('audit_log', "
                                + "'select') and not has_table_privilege('audit_log', 'update')")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void the_views_modules_publish_to_each_other_are_read_only_to_the_application() {
        List<Integer> views = jdbc.sql("""
                select count(*), count(*) filter (where has_table_privilege(viewname, 'select')),
                       count(*) filter (where has_table_privilege(viewname, 'insert')
                           or has_table_privilege(viewname, 'update') or has_table_privilege(viewname, 'delete'))
                from pg_views where schemaname = 'public'""")
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
        assertThat(views.get(0)).as("views published").isPositive();
        assertThat(views.get(1)).as("readable views").isEqualTo(views.get(0));
        assertThat(views.get(2)).as("writable views").isZero();
        assertThatThrownBy(
                        () -> jdbc.sql("update unit_state_view set name = name").update())
                .rootCause()
                .hasMessageContaining("permission denied for view unit_state_view");
    }

    @Test
    void what_the_product_does_with_its_rows_still_works_with_the_smaller_rights() {
        Long copied = transactions.execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            jdbc.sql("select pg_advisory_xact_lock(4242)").query(Object.class).single();
            CopyWriter copy = new CopyWriter(dataSource, "audit_log", "actor, entity_type, entity_id, action");
            copy.row("copy-test", "test", 1, "CREATE");
            copy.row("copy-test", "test", 2, "CREATE");
            copy.flush();
            return jdbc.sql("select count(*) from audit_log where actor = 'copy-test'")
                    .query(Long.class)
                    .single();
        });
        assertThat(copied).isEqualTo(2);
        long first = jdbc.sql("select nextval('admin_unit_id_seq')")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select nextval('admin_unit_id_seq')")
                        .query(Long.class)
                        .single())
                .isEqualTo(first + 1);
        assertThat(jdbc.sql("select pg_try_advisory_lock(77) and pg_advisory_unlock(77)")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
