package vn.ntm.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The errors met before any controller, or that Spring raises with a status of its own: an address that does not
 * exist (404), a method it does not take (405), a body it cannot read (415), an upload over the limit (413). A
 * browser gets the page of the status in the user's language; the API and other callers get the problem JSON of
 * {@link Problems}, like every other error. A role refused by the security rules (forwarded to /error/403) gets the
 * 403 page.
 */
@Controller
@ControllerAdvice
// after ProblemResponses: Spring asks the advices in order and takes the first that handles the exception at all,
// so this one's ServletException handler would answer an API's missing parameter with the generic 400
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ErrorPages {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error/403")
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "error/403";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object missing(NoResourceFoundException e, HttpServletRequest request) {
        if (wantsPage(request)) {
            return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        }
        return problems.answer(request, HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return refused(request, HttpStatus.PAYLOAD_TOO_LARGE, "error.fileTooLarge", "file");
    }

    /** 405, 415, 406, a missing parameter of a page...: whatever status Spring gives the refusal. */
    @ExceptionHandler(ServletException.class)
    Object refused(ServletException e, HttpServletRequest request) throws ServletException {
        if (!(e instanceof ErrorResponse response)) {
            throw e;
        }
        HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
        return refused(request, status, Problems.codeOf(status), null);
    }

    private Object refused(HttpServletRequest request, HttpStatus status, String code, String field) {
        if (wantsPage(request)) {
            ModelAndView page =
                    new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error/problem", status);
            page.addObject("status", status.value());
            page.addObject("message", problems.message(request, code));
            return page;
        }
        return problems.answer(request, status, code, new Object[0], field, List.of());
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !UserLanguageResolver.isApi(request) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
