package vn.ntm.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;

/**
 * The errors of a refused form as the screens show them: by field (next to the input), in the user's language.
 * An error about a field the form does not show (the version of a stale record, a unit code...) goes under
 * {@link #FORM}, shown at the top of the form, so no refusal is ever silent.
 */
public final class FormErrors {

    /** The key of the errors shown above the form rather than next to one input. */
    public static final String FORM = "form";

    private FormErrors() {}

    /** The refusal's messages keyed by the form field they belong to, or {@link #FORM}. */
    public static Map<String, String> of(ProblemException e, Messages messages, List<String> shownFields) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<FieldProblem> problems =
                e.details().isEmpty() ? List.of(new FieldProblem(e.field(), e.messageKey(), e.args())) : e.details();
        for (FieldProblem p : problems) {
            String key = p.field() != null && shownFields.contains(p.field()) ? p.field() : FORM;
            errors.merge(key, messages.get(p.messageKey(), p.args()), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** One error on one field, for what the page itself checks before calling a service (e.g. a typed date). */
    public static Map<String, String> single(String field, String message) {
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(field, message);
        return errors;
    }
}
