package vn.ntm.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.Role;
import vn.ntm.text.Messages;

/** Login, the user's account (language, password change) and the administrators' user list. */
@Controller
class AccountPages {

    private final UserAdministration users;
    private final Messages messages;

    AccountPages(UserAdministration users, Messages messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            // one answer for an unknown name, a wrong password and a locked account: none tells that an account exists
            model.addAttribute("loginError", messages.get("login.failed"));
        }
        return "login";
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("me", users.me());
        return "account";
    }

    /**
     * The language of the account. The {@code lang} field is applied (and saved to the account) by the language
     * switch before this runs; this only confirms it.
     */
    @PostMapping("/account/language")
    String changeLanguage(@RequestParam(required = false) String lang, RedirectAttributes redirect) {
        redirect.addFlashAttribute("languageSaved", true);
        return "redirect:/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword, Model model) {
        try {
            users.changeOwnPassword(currentPassword, newPassword);
            model.addAttribute("changed", true);
        } catch (ProblemException e) {
            model.addAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return account(model);
    }

    @GetMapping("/admin/users")
    String userList(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam String username,
            @RequestParam Role role,
            @RequestParam(required = false) String unitCode,
            Model model) {
        UserForm form = new UserForm(username, role, null, unitCode, null, null, true, null, null, null);
        try {
            UserAdministration.Created created = users.create(form);
            model.addAttribute(
                    "done", messages.get("users.created", created.user().username(), created.temporaryPassword()));
        } catch (ProblemException e) {
            model.addAttribute("error", messages.get(e.messageKey(), e.args()));
            model.addAttribute("form", form);
        }
        return userList(model);
    }

    @PostMapping("/admin/users/{id}/reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        String password = users.resetPassword(id, null);
        redirect.addFlashAttribute(
                "done", messages.get("users.resetDone", users.get(id).username(), password));
        return "redirect:/admin/users";
    }
}
