package vn.ntm.access;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.ntm.scope.Role;
import vn.ntm.scope.SystemRun;

/**
 * Runs work that no person asked for over the web (command-line imports, demo data on first start) as the
 * system, with national scope ({@link vn.ntm.scope.Actor.Machine}). The audit log names the actor given here.
 */
@Component
public class SystemActor implements SystemRun {

    /** The authentication of the system acting under a name ("system", "demo", "cli:root"). */
    static final class SystemAuthentication extends AbstractAuthenticationToken {

        private final String name;

        SystemAuthentication(String name) {
            // Spring Security's check of /admin sees the system as an administrator; the policy: an Actor.Machine
            super(List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name())));
            this.name = name;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    @Override
    public <T> T run(String actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SystemAuthentication(actor));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
