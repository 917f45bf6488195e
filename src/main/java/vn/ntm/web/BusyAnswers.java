package vn.ntm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.ntm.errors.BusyException;

/**
 * A write the database refused for now (lock timeout, deadlock, serialization, no free connection) is answered
 * as what it is: "busy, nothing written, try again" (503 with {@code Retry-After}), as a problem for the API and
 * on the error page for a browser, never as a 500. Any other database failure goes on to the 500 answer.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyAnswers {

    private final Problems problems;

    BusyAnswers(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    Object busy(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        BusyException busy = BusyException.orRethrow(e);
        response.setHeader("Retry-After", String.valueOf(BusyException.RETRY_AFTER_SECONDS));
        String accept = request.getHeader("Accept");
        if (!UserLanguageResolver.isApi(request) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            ModelAndView page = new ModelAndView("error/problem", HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            page.addObject("message", problems.message(request, busy.messageKey()));
            return page;
        }
        return problems.answer(request, HttpStatus.SERVICE_UNAVAILABLE, busy.messageKey());
    }
}
