package vn.ntm.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.AuditText;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;

/**
 * Recent sign-ins for administrators and province officers (of the users in their scope; attempts with a name no
 * account has, and national accounts, only for administrators): who, when, from which address, the outcome in
 * words and the way in (sign-in page or API), newest first; of one user when reached from the user's page.
 */
@Controller
class SignInPages {

    /** Enough to see a morning's sign-ins or an attack under way; older ones stay in the audit log. */
    static final int LIMIT = 200;

    /** One attempt as read; {@code userId} null when no account has the name. */
    record SignInLine(
            String at, String account, Long userId, String outcome, String address, String channel, boolean refused) {}

    private final AuditLog audit;
    private final AuditText text;
    private final Messages messages;
    private final UserAdministration users;

    SignInPages(AuditLog audit, AuditText text, Messages messages, UserAdministration users) {
        this.audit = audit;
        this.text = text;
        this.messages = messages;
        this.users = users;
    }

    @GetMapping("/admin/sign-ins")
    String signIns(@RequestParam(required = false) Long user, Model model) {
        if (user != null) {
            model.addAttribute("user", users.get(user)); // refuses a user outside the caller's scope
        }
        model.addAttribute(
                "lines",
                audit.latest(SignInAudit.ENTITY, user, LIMIT).stream()
                        .map(this::line)
                        .toList());
        model.addAttribute("limit", LIMIT);
        return "admin/sign-ins";
    }

    private SignInLine line(AuditEntry e) {
        // the name as typed, never read as a code (a stranger may type "system")
        return new SignInLine(
                VietnameseDates.format(e.at()),
                e.actor(),
                e.entityId() == SignInAudit.NO_ACCOUNT ? null : e.entityId(),
                text.action(e.entityType(), e.action()),
                e.newValue() == null ? "" : e.newValue(),
                e.reason() == null
                        ? ""
                        : messages.find("audit.reason." + e.reason()).orElse(e.reason()),
                !e.action().equals("SIGN_IN"));
    }
}
