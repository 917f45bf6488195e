package vn.ntm.access;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;

/**
 * At the start of the application on a database with no user at all: creates the administrator named by
 * {@code NTM_ADMIN_USERNAME} (password {@code NTM_ADMIN_PASSWORD}, or a one-time password written once to the log;
 * either must be changed at first sign-in, an environment being readable by other programs), or says in the log how
 * to create one. Once any user exists the variables are ignored. Runs after the demo data.
 */
@Component
@Order(20)
@ConditionalOnWebApplication
class FirstAdministratorAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorAtStart.class);

    private final FirstAdministrator first;
    private final SystemActor system;
    private final Messages messages;
    private final String username;
    private final String password;

    FirstAdministratorAtStart(
            FirstAdministrator first,
            SystemActor system,
            Messages messages,
            @Value("${ntm.admin.username:}") String username,
            @Value("${ntm.admin.password:}") String password) {
        this.first = first;
        this.system = system;
        this.messages = messages;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!first.missing()) {
            if (StringUtils.hasText(username)) {
                log.info("NTM_ADMIN_USERNAME bị bỏ qua: đã có người dùng / ignored: users exist");
            }
            return;
        }
        if (!StringUtils.hasText(username)) {
            log.warn(messages.get(Messages.VIETNAMESE, "install.noUser.log"));
            log.warn(messages.get(Locale.ENGLISH, "install.noUser.log"));
            return;
        }
        try {
            UserAdministration.Created created = system.run(
                    "system:NTM_ADMIN_USERNAME", () -> first.create(username, password, true, "NTM_ADMIN_USERNAME"));
            log.warn(messages.get(
                    Messages.VIETNAMESE,
                    "install.admin.createdAtStart",
                    created.user().username()));
            if (created.temporaryPassword() != null) {
                log.warn(messages.get(
                        Messages.VIETNAMESE, "install.admin.oneTimePassword", created.temporaryPassword()));
            }
        } catch (ProblemException e) {
            log.error(
                    "NTM_ADMIN_USERNAME / NTM_ADMIN_PASSWORD: {} / {}",
                    messages.get(Messages.VIETNAMESE, e.messageKey(), e.args()),
                    messages.get(Locale.ENGLISH, e.messageKey(), e.args()));
        }
    }
}
