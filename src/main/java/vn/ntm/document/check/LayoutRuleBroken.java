package vn.ntm.document.check;

import java.util.List;
import java.util.stream.Collectors;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;

/** A generated file broke layout rules: nothing is stored. Each problem names its rule; the message, in Vietnamese. */
public class LayoutRuleBroken extends BadInputException {

    private final transient List<Violation> violations;
    private final String file;

    public LayoutRuleBroken(String file, List<Violation> violations) {
        super(violations.stream()
                .map(v -> new FieldProblem(v.rule().name(), v.detailKey(), v.args()))
                .toList());
        this.violations = List.copyOf(violations);
        this.file = file;
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return "Văn bản chưa đúng thể thức (" + file + ") — "
                + violations.stream().map(Violation::vietnamese).collect(Collectors.joining("; "));
    }
}
