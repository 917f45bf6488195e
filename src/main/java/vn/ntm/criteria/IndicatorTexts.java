package vn.ntm.criteria;

import java.util.ArrayList;
import java.util.List;
import vn.ntm.errors.FieldProblem;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;

/** The text rule ({@link InputText}) for the parts of a source: document and article, link. */
final class IndicatorTexts {

    private IndicatorTexts() {}

    /**
     * The problems of a citation typed for {@code field}: "source" names the fields {@code source},
     * {@code sourceArticle}, {@code sourceUrl}, as the forms do; any other field (a threshold slot) names itself.
     */
    static List<FieldProblem> citation(String field, Citation source) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean form = "source".equals(field);
        InputText.problem(field, source.document(), TextKind.DOCUMENT).ifPresent(problems::add);
        InputText.problem(form ? "sourceArticle" : field, source.article(), TextKind.DOCUMENT)
                .ifPresent(problems::add);
        InputText.problem(form ? "sourceUrl" : field, source.url(), TextKind.LINK)
                .ifPresent(problems::add);
        return problems;
    }
}
