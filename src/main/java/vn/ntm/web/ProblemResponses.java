package vn.ntm.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.ProblemException;

/**
 * Turns errors of the JSON API into {@code application/problem+json} with a message in the caller's language
 * (Vietnamese by default), the offending {@code field} and, where a request had several, {@code errors}. The
 * answers are written by {@link Problems}, as are those of the security filters and of errors met before any
 * controller ({@link ErrorPages}, {@link ApiErrorController}).
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private final Problems problems;

    ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Map<String, Object>> problem(ProblemException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        for (FieldProblem p : e.details()) {
            errors.add(new Problems.FieldError(p.field(), problems.message(request, p.messageKey(), p.args())));
        }
        return problems.answer(request, HttpStatus.valueOf(e.status()), e.messageKey(), e.args(), e.field(), errors);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.add(new Problems.FieldError(
                    f.getField(), problems.message(request, "validation." + f.getCode(), f.getField())));
        }
        String first = errors.isEmpty() ? null : errors.get(0).field();
        return problems.answer(request, HttpStatus.BAD_REQUEST, "error.validation", new Object[0], first, errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problems.answer(
                request,
                HttpStatus.BAD_REQUEST,
                "error.badParameter",
                new Object[] {e.getName(), String.valueOf(e.getValue())},
                e.getName(),
                List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problems.answer(
                request,
                HttpStatus.BAD_REQUEST,
                "error.missingParameter",
                new Object[] {e.getParameterName()},
                e.getParameterName(),
                List.of());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return problems.answer(
                request,
                HttpStatus.BAD_REQUEST,
                "error.missingParameter",
                new Object[] {e.getRequestPartName()},
                e.getRequestPartName(),
                List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        // a string the JSON guard refused (a NUL in a note): its own message, not "unreadable"
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException refused) {
                return problem(refused, request);
            }
        }
        return problems.answer(request, HttpStatus.BAD_REQUEST, "error.unreadableBody");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problems.answer(
                request, HttpStatus.PAYLOAD_TOO_LARGE, "error.fileTooLarge", new Object[0], "file", List.of());
    }

    /** Any other refusal Spring names a status for (415 wrong content type, 406...): the same shape. */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<Map<String, Object>> refused(Exception e, HttpServletRequest request) {
        if (!(e instanceof ErrorResponse r)) {
            LOG.error("Unexpected failure of {}", request.getRequestURI(), e);
            return problems.answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
        }
        HttpStatus status = HttpStatus.valueOf(r.getStatusCode().value());
        return problems.answer(request, status, Problems.codeOf(status));
    }
}
