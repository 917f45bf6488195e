package vn.ntm.access;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.scope.Role;

/**
 * The first administrator of a real installation, which starts with no account at all (nothing hidden is
 * created): from {@code ./ntm admin create} or from {@code NTM_ADMIN_USERNAME} at the first start. The password is
 * the operator's, or a one-time password shown once that must be changed at first sign-in. Audited like any user
 * created by an administrator, the actor being the command line or the system.
 */
@Service
public class FirstAdministrator {

    private final UserAdministration administration;
    private final UserStore users;
    private final PasswordEncoder encoder;

    FirstAdministrator(UserAdministration administration, UserStore users, PasswordEncoder encoder) {
        this.administration = administration;
        this.users = users;
        this.encoder = encoder;
    }

    /** True while the installation has no user: the log and the sign-in page then say how to create one. */
    public boolean missing() {
        return !users.any();
    }

    /**
     * Creates a national administrator. Run as the system ({@link SystemActor}).
     *
     * @param password   null or empty: a one-time password is made and returned
     * @param mustChange the password has to be changed at first sign-in (always so for a one-time password)
     * @param reason     how it was created, for the audit log
     */
    @Transactional
    public UserAdministration.Created create(String username, String password, boolean mustChange, String reason) {
        UserAdministration.NewUser checked = administration.checkNew(
                new UserForm(username, Role.ADMIN, null, null, null, null, true, password, null, null));
        UserAdministration.NewUser user = mustChange && !checked.temporary()
                ? new UserAdministration.NewUser(
                        checked.username(),
                        checked.role(),
                        checked.unitId(),
                        checked.bodyId(),
                        checked.personId(),
                        checked.password(),
                        true)
                : checked;
        UserAdministration.Created created = administration.insert(user, encoder.encode(user.password()), reason);
        // a chosen password is never echoed back, even when it must be changed
        return checked.temporary() ? created : new UserAdministration.Created(created.user(), null);
    }
}
