package vn.ntm.access;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.ntm.text.InputText;

/** Loads users for form login and HTTP Basic alike, so the API and the screens follow the same rules. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserStore users;
    private final Clock clock;

    AccountDetailsService(UserStore users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // a name with a NUL cannot be an account's, and PostgreSQL would refuse it with an error (a 500)
        if (InputText.forbiddenAt(username) >= 0 || username.length() > 200) {
            throw new UsernameNotFoundException("not a user name");
        }
        return users.byUsername(username.trim())
                .map(account -> new SignedInUser(account, clock))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
