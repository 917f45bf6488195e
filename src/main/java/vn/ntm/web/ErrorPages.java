package vn.ntm.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The error pages a browser reaches without a controller: an address that does not exist gets the 404 page (the API
 * and other callers keep the problem JSON), and a role refused by the security rules (forwarded to /error/403) gets
 * the 403 page, both in the user's language.
 */
@Controller
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

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
        ProblemDetail body = e.getBody();
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
