package vn.ntm.access;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The table of permissions for administrators, printed from the rules the policy applies. */
@Controller
class PermissionsPage {

    private final PermissionsTable table;

    PermissionsPage(MessageSource messages) {
        this.table = new PermissionsTable(messages);
    }

    @GetMapping("/admin/permissions")
    String permissions(Model model) {
        model.addAttribute("table", table.table(LocaleContextHolder.getLocale()));
        return "admin/permissions";
    }
}
