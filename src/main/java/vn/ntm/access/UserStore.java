package vn.ntm.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ntm.scope.Role;

@Repository
class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select * from app_user where lower(username) = lower(?)")
                .param(username)
                .query(UserStore::account)
                .optional();
    }

    Optional<UserAccount> byId(long id) {
        return jdbc.sql("select * from app_user where id = ?")
                .param(id)
                .query(UserStore::account)
                .optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by username")
                .query(UserStore::account)
                .list();
    }

    /** False on a new installation, before its first administrator is created. */
    boolean any() {
        return jdbc.sql("select exists(select 1 from app_user)")
                .query(Boolean.class)
                .single();
    }

    boolean exists(String username) {
        return jdbc.sql("select exists(select 1 from app_user where lower(username) = lower(?))")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    long insert(
            String username,
            String hash,
            Long personId,
            Long bodyId,
            Role role,
            Long unitId,
            boolean mustChange,
            boolean demo) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, person_id, body_id, role, unit_id,
                                              must_change_password, demo, password_changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, now()) returning id""")
                .params(username, hash, personId, bodyId, role.name(), unitId, mustChange, demo)
                .query(Long.class)
                .single();
    }

    /** Optimistic update of what an administrator edits; false when the version is stale. */
    boolean update(long id, int version, Role role, Long unitId, Long bodyId, Long personId, boolean enabled) {
        return jdbc.sql("""
                        update app_user set role = ?, unit_id = ?, body_id = ?, person_id = ?, enabled = ?,
                                            version = version + 1
                        where id = ? and version = ?""")
                        .params(role.name(), unitId, bodyId, personId, enabled, id, version)
                        .update()
                == 1;
    }

    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                        update app_user set password_hash = ?, must_change_password = ?, password_changed_at = now(),
                                            failed_attempts = 0, locked_until = null, version = version + 1
                        where id = ?""").params(hash, mustChange, id).update();
    }

    Optional<String> locale(long id) {
        return jdbc.sql("select locale from app_user where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    void setLocale(long id, String locale) {
        jdbc.sql("update app_user set locale = ? where id = ?")
                .params(locale, id)
                .update();
    }

    /**
     * Counts a failed login; locks the account when {@code max} failures are reached. The account when this
     * failure locked it, for the audit.
     */
    Optional<UserAccount> recordFailure(String username, int max, OffsetDateTime lockUntil) {
        return jdbc.sql("""
                        update app_user set failed_attempts = failed_attempts + 1,
                               locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                        where lower(username) = lower(?) returning *""")
                .params(max, lockUntil, username.trim())
                .query(UserStore::account)
                .optional()
                .filter(account -> account.failedAttempts() >= max);
    }

    /** Clears the count of failures; writes nothing when there is none (every API call signs in). */
    void recordSuccess(String username) {
        jdbc.sql("""
                        update app_user set failed_attempts = 0, locked_until = null where lower(username) = lower(?)
                        and (failed_attempts > 0 or locked_until is not null)""").param(username.trim()).update();
    }

    static UserAccount account(ResultSet rs, int n) throws SQLException {
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                (Long) rs.getObject("person_id"),
                (Long) rs.getObject("body_id"),
                Role.valueOf(rs.getString("role")),
                (Long) rs.getObject("unit_id"),
                rs.getBoolean("enabled"),
                rs.getString("locale"),
                rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class),
                rs.getBoolean("must_change_password"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }
}
