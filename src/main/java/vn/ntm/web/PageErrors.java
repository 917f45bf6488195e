package vn.ntm.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.ntm.errors.BusyException;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;

/** Errors on pages: the same message as the API gives, on the error page of its status, in the user's language. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final Messages messages;

    PageErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    String problem(ProblemException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        if (e instanceof BusyException) {
            response.setHeader("Retry-After", String.valueOf(BusyException.RETRY_AFTER_SECONDS));
        }
        model.addAttribute("status", e.status());
        model.addAttribute("message", messages.get(e.messageKey(), e.args()));
        return switch (e.status()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> "error/problem";
        };
    }
}
