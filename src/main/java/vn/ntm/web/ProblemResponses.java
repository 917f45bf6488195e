package vn.ntm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;

/**
 * Turns errors of the JSON API into {@code application/problem+json} with a message in the caller's language
 * (Vietnamese by default), the offending {@code field} and, where a request had several, {@code errors}.
 */
@RestControllerAdvice(annotations = ApiController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

    private final Messages messages;

    ProblemResponses(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldProblem p : e.details()) {
            errors.add(fieldError(p.field(), messages.get(p.messageKey(), p.args())));
        }
        return respond(HttpStatus.valueOf(e.status()), e.messageKey(), messages.get(e.messageKey(), e.args()),
                e.field(), errors, request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(f.getField(), messages.get("validation." + f.getCode(), f.getField())));
        }
        String first = errors.isEmpty() ? null : (String) errors.get(0).get("field");
        return respond(HttpStatus.BAD_REQUEST, "error.validation", messages.get("error.validation"), first, errors,
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "error.badParameter",
                messages.get("error.badParameter", e.getName(), String.valueOf(e.getValue())), e.getName(),
                List.of(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "error.missingParameter",
                messages.get("error.missingParameter", e.getParameterName()), e.getParameterName(), List.of(), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "error.missingParameter",
                messages.get("error.missingParameter", e.getRequestPartName()), e.getRequestPartName(), List.of(),
                request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "error.unreadableBody", messages.get("error.unreadableBody"), null,
                List.of(), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(HttpStatus.PAYLOAD_TOO_LARGE, "error.fileTooLarge", messages.get("error.fileTooLarge"), "file",
                List.of(), request);
    }

    private static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }

    private ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, String message, String field,
                                                  List<Map<String, Object>> errors, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(messages.get("error.title." + status.value()));
        problem.setType(URI.create("urn:ntm:problem:" + code));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
