package vn.ntm.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;

/**
 * Every sign-in on the form, every refused attempt (form or API) and every lockout goes to the audit log: who (the
 * account, or the name typed when no account has it), when, from which address (the user's, read through the
 * proxy's {@code X-Forwarded-For}), the outcome and whether it came through the sign-in page or the API. An API
 * call signs in with each request, so its successes are recorded only when they follow wrong passwords. Listens
 * before {@link LoginThrottle}, so a failure is recorded before the lockout it causes.
 */
@Component
class SignInAudit {

    static final String ENTITY = "sign_in";
    /** The entity id of an attempt with a name no account has. */
    static final long NO_ACCOUNT = 0;

    private static final String FORM = "SIGN_IN_FORM";
    private static final String API = "SIGN_IN_API";
    /** The width of {@code audit_log.actor}. */
    private static final int MAX_NAME = 100;

    private final AuditLog audit;
    private final UserStore users;

    SignInAudit(AuditLog audit, UserStore users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        String channel = channel(event.getAuthentication());
        if (channel.equals(FORM) || user.failedAttemptsBefore() > 0) {
            audit.recordAs(
                    user.getUsername(),
                    Change.of("SIGN_IN", ENTITY, user.id(), user.unitId())
                            .field("address", null, address(event.getAuthentication()))
                            .reason(channel));
        }
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String name = attempt.getName() == null ? "" : attempt.getName().trim();
        Optional<UserAccount> account = printable(name) ? users.byUsername(name) : Optional.empty();
        String address = address(attempt);
        if (account.isEmpty()) {
            audit.recordAs(
                    shown(name),
                    Change.of("SIGN_IN_UNKNOWN", ENTITY, NO_ACCOUNT, null)
                            .field("address", null, address)
                            .reason(channel(attempt)));
            return;
        }
        UserAccount user = account.get();
        Change change;
        if (event.getException() instanceof LockedException) {
            change = Change.of("SIGN_IN_LOCKED", ENTITY, user.id(), user.unitId());
        } else if (event.getException() instanceof DisabledException) {
            change = Change.of("SIGN_IN_DISABLED", ENTITY, user.id(), user.unitId());
        } else {
            change = Change.of("SIGN_IN_FAILED", ENTITY, user.id(), user.unitId());
        }
        audit.recordAs(user.username(), change.field("address", null, address).reason(channel(attempt)));
    }

    /** The account was just locked by {@link LoginThrottle} after too many wrong passwords in a row. */
    void locked(UserAccount user, Authentication attempt) {
        audit.recordAs(
                user.username(),
                Change.of("LOCKED", ENTITY, user.id(), user.unitId())
                        .field("address", null, address(attempt))
                        .reason(channel(attempt)));
    }

    /** HTTP Basic marks its attempts ({@link ApiSignInDetails}); the only other way in is the sign-in form. */
    private static String channel(Authentication attempt) {
        return attempt.getDetails() instanceof ApiSignInDetails ? API : FORM;
    }

    private static String address(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return ReadableAddress.of(details.getRemoteAddress());
        }
        return current()
                .map(HttpServletRequest::getRemoteAddr)
                .map(ReadableAddress::of)
                .orElse("");
    }

    private static Optional<HttpServletRequest> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    /** A name that can be looked up (and stored): no NUL or other control character, not longer than any account. */
    private static boolean printable(String name) {
        return !name.isEmpty() && name.length() <= MAX_NAME && name.codePoints().noneMatch(Character::isISOControl);
    }

    /** The name typed, as it can be stored and shown: control characters replaced, cut to the column's width. */
    private static String shown(String name) {
        String plain = name.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return plain.isEmpty() ? "?" : plain.length() > MAX_NAME ? plain.substring(0, MAX_NAME) : plain;
    }
}
