package vn.ntm.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code ntm.login.max-failures} wrong passwords in a row the account is
 * locked for {@code ntm.login.lock-minutes}; a successful login resets the count. The lockout is audited
 * ({@link SignInAudit}).
 */
@Component
class LoginThrottle {

    private final UserStore users;
    private final LoginProperties properties;
    private final Clock clock;
    private final SignInAudit audit;

    LoginThrottle(UserStore users, LoginProperties properties, Clock clock, SignInAudit audit) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(
                        event.getAuthentication().getName(),
                        properties.maxFailures(),
                        OffsetDateTime.now(clock).plusMinutes(properties.lockMinutes()))
                .ifPresent(account -> audit.locked(account, event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }
}
