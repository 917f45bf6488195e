package vn.ntm.access;

import java.time.LocalDate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.scope.Role;
import vn.ntm.unit.Units;

/** The demo accounts listed in the README, marked as demo. Created by the demo data loader only. */
@Component
public class DemoUsers {

    /** The password of every demo account (README): for trying the product, never for real data. */
    public static final String PASSWORD = "ntm-demo-2026";

    private final UserStore users;
    private final Units units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    DemoUsers(UserStore users, Units units, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates the account unless it exists; the unit is the one holding {@code unitCode} on {@code date}. */
    @Transactional
    public void ensure(String username, Role role, String unitCode, LocalDate date) {
        ensure(username, role, unitCode, date, null);
    }

    /** As above, for a user working in a body (an agency officer verifies the criteria their body owns). */
    @Transactional
    public void ensure(String username, Role role, String unitCode, LocalDate date, Long bodyId) {
        if (users.exists(username)) {
            return;
        }
        Long unitId = unitCode == null ? null : units.byCode(unitCode, date).id();
        long id = users.insert(username, encoder.encode(PASSWORD), null, bodyId, role, unitId, false, true);
        audit.record(Change.created(UserAdministration.ENTITY, id, unitId)
                .field("username", null, username)
                .field("role", null, role)
                .reason("DEMO"));
    }
}
