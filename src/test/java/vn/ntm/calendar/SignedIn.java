package vn.ntm.calendar;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs a call as a demo user, as a request signed in as them would. */
final class SignedIn {

    private final UserDetailsService accounts;

    SignedIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    <T> T as(String username, Supplier<T> call) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    void as(String username, Runnable call) {
        as(username, () -> {
            call.run();
            return null;
        });
    }
}
