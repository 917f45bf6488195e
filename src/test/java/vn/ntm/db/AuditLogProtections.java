package vn.ntm.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the application's role must not be able to do to the audit log, asserted through the application's own
 * connections: every statement that could change or hide its rows fails, and the rows are all still there.
 */
public final class AuditLogProtections {

    /** Each statement and what PostgreSQL answers the application's role. */
    static final List<String[]> TAMPERING = List.of(
            new String[] {"update audit_log set actor = 'x'", "permission denied"},
            new String[] {"delete from audit_log", "permission denied"},
            new String[] {"truncate audit_log", "permission denied"},
            new String[] {"alter table audit_log disable trigger audit_log_no_update_or_delete", "must be owner"},
            new String[] {"alter table audit_log disable trigger all", "must be owner"},
            new String[] {"drop trigger audit_log_no_update_or_delete on audit_log", "must be owner"},
            new String[] {"set session_replication_role = replica", "permission denied"},
            new String[] {"drop function audit_log_is_append_only() cascade", "must be owner"},
            new String[] {"alter table app_user add column extra int", "must be owner"},
            new String[] {"create table sneaky (id int)", "permission denied"},
            new String[] {"drop table installation", "must be owner"});

    private AuditLogProtections() {}

    /** The role is neither superuser nor owner, every tampering fails with its reason, no row is lost. */
    public static void assertTheApplicationRoleCannotTamper(JdbcClient jdbc, String appRole) {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(appRole);
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles "
                                + "where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from pg_class where relowner = (select oid from pg_roles where "
                                + "rolname = current_user)")
                        .query(Long.class)
                        .single())
                .as("owns nothing")
                .isZero();
        jdbc.sql("insert into audit_log (actor, entity_type, entity_id, action, reason) "
                        + "values ('test', 'test', 1, 'CREATE', 'kiểm thử quyền')")
                .update();
        long before =
                jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        for (String[] tampering : TAMPERING) {
            // Spring's exception names the statement; PostgreSQL's answer is in its cause
            assertThatThrownBy(() -> jdbc.sql(tampering[0]).update())
                    .as(tampering[0])
                    .satisfies(e -> assertThat(
                                    NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                            .as(tampering[0])
                            .contains(tampering[1]));
        }
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'x'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select current_setting('session_replication_role')")
                        .query(String.class)
                        .single())
                .isEqualTo("origin");
        assertThat(jdbc.sql("select tgenabled from pg_trigger where tgname = 'audit_log_no_update_or_delete'")
                        .query(String.class)
                        .single())
                .as("the trigger is still there and enabled")
                .isEqualTo("O");
    }
}
