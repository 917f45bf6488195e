package vn.ntm.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ntm.web.Problems;

/**
 * A user signed in with a temporary password (made by an administrator, the user import or the first-administrator
 * command) reaches only the change-password page and sign-out until the password is changed: other pages redirect
 * to {@code /account}, API calls get a 403 problem with code {@code error.password.mustChange}. Added to the
 * security chain with {@code http.with(new PasswordChangeRequired())}.
 */
class PasswordChangeRequired extends AbstractHttpConfigurer<PasswordChangeRequired, HttpSecurity> {

    static final String CODE = "error.password.mustChange";

    /** What a user with a temporary password may still do: change it, sign out, read the static files. */
    private static final Set<String> OPEN = Set.of(
            "/account",
            "/account/password",
            "/logout",
            "/login",
            "/api/v1/users/me",
            "/api/v1/users/me/password",
            "/favicon.ico");

    private static final Set<String> OPEN_PREFIXES =
            Set.of("/css/", "/js/", "/img/", "/webjars/", "/error", "/actuator/health");

    @Override
    public void configure(HttpSecurity http) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        http.addFilterAfter(
                new Gate(
                        context.getBean(UserStore.class),
                        context.getBean(Problems.class),
                        context.getBean(Clock.class)),
                AuthorizationFilter.class);
    }

    static final class Gate extends OncePerRequestFilter {

        private final UserStore users;
        private final Problems problems;
        private final Clock clock;
        private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

        Gate(UserStore users, Problems problems, Clock clock) {
            this.users = users;
            this.problems = problems;
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null
                    || !(authentication.getPrincipal() instanceof SignedInUser user)
                    || !user.mustChangePassword()
                    || open(GateResponses.path(request))
                    || changedSince(user, authentication, request, response)) {
                chain.doFilter(request, response);
                return;
            }
            if (GateResponses.isApi(request)) {
                problems.write(request, response, HttpStatus.FORBIDDEN, CODE);
            } else {
                response.sendRedirect(request.getContextPath() + "/account");
            }
        }

        private static boolean open(String path) {
            return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
        }

        /**
         * The principal kept in the session still carries the flag after the password was changed: read the
         * account again and, when changed, keep the fresh principal in the session.
         */
        private boolean changedSince(
                SignedInUser user,
                Authentication authentication,
                HttpServletRequest request,
                HttpServletResponse response) {
            UserAccount account = users.byId(user.id()).orElse(null);
            if (account == null || account.mustChangePassword()) {
                return false;
            }
            SignedInUser fresh = new SignedInUser(account, clock);
            UsernamePasswordAuthenticationToken refreshed =
                    UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
            refreshed.setDetails(authentication.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(refreshed);
            SecurityContextHolder.setContext(context);
            if (request.getSession(false) != null) {
                sessions.saveContext(context, request, response);
            }
            return true;
        }
    }
}
