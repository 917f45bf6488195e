package vn.ntm.access;

import java.io.Serial;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.ntm.scope.Role;

/**
 * The principal of a signed-in user: who they are, their role and the unit they are bound to. Kept in the session,
 * which is serialized into the database (Spring Session JDBC) and read back by any instance: only serializable
 * values here.
 */
public final class SignedInUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String passwordHash;
    private final Role role;
    private final Long unitId;
    private final Long bodyId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    /** Wrong passwords in a row before this sign-in (the audit records an API sign-in that follows some). */
    private final int failedAttempts;

    SignedInUser(UserAccount account, Clock clock) {
        this.id = account.id();
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.unitId = account.unitId();
        this.bodyId = account.bodyId();
        this.enabled = account.enabled();
        this.locked = account.lockedUntil() != null && account.lockedUntil().isAfter(OffsetDateTime.now(clock));
        this.mustChangePassword = account.mustChangePassword();
        this.failedAttempts = account.failedAttempts();
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    /** The unit the user is bound to; null for a national administrator. */
    public Long unitId() {
        return unitId;
    }

    /** The body the user works in, if set (an agency officer verifies the criteria their body owns). */
    public Long bodyId() {
        return bodyId;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    int failedAttemptsBefore() {
        return failedAttempts;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
