package vn.ntm.access;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in page of a new installation, before any account exists, says how to create the first administrator. */
@ControllerAdvice(assignableTypes = AccountPages.class)
class LoginNotices {

    private final FirstAdministrator first;

    LoginNotices(FirstAdministrator first) {
        this.first = first;
    }

    @ModelAttribute("noUserYet")
    boolean noUserYet() {
        return first.missing();
    }
}
