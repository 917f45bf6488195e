package vn.ntm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * What the server answers when nothing else did (an unexpected failure: 500, or a status set without a body):
 * browsers keep Spring Boot's error pages (templates/error/*.html, in the user's language); every other caller
 * gets the problem JSON of {@link Problems} instead of Boot's own JSON, so the API has one error shape.
 */
@Controller
@ConditionalOnWebApplication // not in ./ntm commands
class ApiErrorController extends BasicErrorController {

    private final Problems problems;

    ApiErrorController(
            ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> views, Problems problems) {
        super(attributes, web.getError(), views.orderedStream().toList());
        this.problems = problems;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        return problems.answer(request, status, Problems.codeOf(status));
    }
}
