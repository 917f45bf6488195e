package vn.ntm.unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts for tests on a database without demo data (real lists imported), signing in with HTTP Basic. */
final class TestAccounts {

    static final String PASSWORD = "Mat-khau-kiem-thu-2026";

    private TestAccounts() {}

    static void create(JdbcClient jdbc, PasswordEncoder encoder, String username, String role, Long unitId) {
        jdbc.sql("insert into app_user (username, password_hash, role, unit_id) values (?, ?, ?, ?)")
                .params(username, encoder.encode(PASSWORD), role, unitId)
                .update();
    }
}
