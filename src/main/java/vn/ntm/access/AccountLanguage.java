package vn.ntm.access;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.web.SignedInLanguage;

/**
 * The signed-in user's language setting ({@code app_user.locale}), read from the account at each request so that
 * a change made in another browser counts at once, and saved when the user switches language.
 */
@Component
class AccountLanguage implements SignedInLanguage {

    private final UserStore users;

    AccountLanguage(UserStore users) {
        this.users = users;
    }

    @Override
    public Optional<Locale> current() {
        return AccessScope.signedIn().flatMap(me -> users.locale(me.id())).map(Locale::forLanguageTag);
    }

    @Override
    public boolean save(Locale locale) {
        Optional<SignedInUser> me = AccessScope.signedIn();
        me.ifPresent(user -> users.setLocale(user.id(), "en".equals(locale.getLanguage()) ? "en" : "vi"));
        return me.isPresent();
    }
}
