package vn.ntm.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.criteria.Citation;
import vn.ntm.criteria.IndicatorDraft;
import vn.ntm.criteria.IndicatorDraft.ThresholdDraft;
import vn.ntm.criteria.OverlayThresholds.RowDraft;
import vn.ntm.criteria.Threshold;
import vn.ntm.errors.FieldProblem;
import vn.ntm.text.VietnameseNumber;

/**
 * The rows of a catalog sheet as drafts for the criteria module, which checks them. What only the sheet can get
 * wrong (a criterion that is not a number, a date that is not a date) is reported here, by row. A threshold cell
 * that repeats the stored value keeps that threshold's own source, so an untouched sheet changes nothing.
 */
final class CatalogDrafts {

    /** Drafts in sheet order (one per row of {@code content}), with the sheet's own problems by draft index. */
    record Converted<T>(
            List<T> drafts, CatalogSheetReader.Content content, Map<Integer, List<FieldProblem>> problems) {}

    private CatalogDrafts() {}

    /** {@code stored}: national thresholds by indicator code, then by slot ("1|", "*|2027"). */
    static Converted<IndicatorDraft> indicators(
            CatalogSheetReader.Content content, Map<String, Map<String, Threshold>> stored) {
        List<IndicatorDraft> drafts = new ArrayList<>();
        Map<Integer, List<FieldProblem>> problems = new HashMap<>();
        for (CatalogSheetReader.SheetRow row : content.rows()) {
            List<FieldProblem> found = new ArrayList<>();
            Integer criterion = criterion(row.get("criterion"), found);
            var date = row.get("sourceDate") == null
                    ? null
                    : CatalogSheetReader.date(row.get("sourceDate")).orElse(null);
            if (row.get("sourceDate") != null && date == null) {
                found.add(new FieldProblem("sourceDate", "import.issue.badDate", row.get("sourceDate")));
            }
            String code = row.get("code");
            Map<String, Threshold> current = code == null ? Map.of() : stored.getOrDefault(code.trim(), Map.of());
            List<ThresholdDraft> thresholds = new ArrayList<>();
            for (String column : content.columns().keySet()) {
                CatalogSheet.slot(column).ifPresent(slot -> {
                    String value = row.get(column);
                    Threshold before = current.get(slot.key() + "|" + (slot.year() == null ? "" : slot.year()));
                    Citation source = before != null && same(before.value(), value)
                            ? before.provenance().source()
                            : Citation.NONE;
                    thresholds.add(new ThresholdDraft(slot.key(), slot.year(), value, source));
                });
            }
            if (!found.isEmpty()) {
                problems.put(drafts.size(), found);
            }
            drafts.add(new IndicatorDraft(
                    criterion,
                    code,
                    row.get("textVi"),
                    row.get("textEn"),
                    row.get("kind"),
                    row.get("measureUnit"),
                    row.get("comparison"),
                    row.get("minValue"),
                    row.get("maxValue"),
                    row.get("note"),
                    new Citation(row.get("source"), row.get("sourceArticle"), date, row.get("sourceUrl")),
                    thresholds));
        }
        return new Converted<>(drafts, content, problems);
    }

    static Converted<RowDraft> overlay(CatalogSheetReader.Content content) {
        List<RowDraft> drafts = new ArrayList<>();
        for (CatalogSheetReader.SheetRow row : content.rows()) {
            List<ThresholdDraft> thresholds = new ArrayList<>();
            for (String column : content.columns().keySet()) {
                CatalogSheet.slot(column)
                        .ifPresent(slot -> thresholds.add(
                                new ThresholdDraft(slot.key(), slot.year(), row.get(column), Citation.NONE)));
            }
            drafts.add(new RowDraft(row.get("code"), thresholds));
        }
        return new Converted<>(drafts, content, Map.of());
    }

    private static Integer criterion(String text, List<FieldProblem> found) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            found.add(new FieldProblem("criterion", "authoring.sheet.criterionNumber", text));
            return null;
        }
    }

    private static boolean same(BigDecimal stored, String cell) {
        return cell != null
                && VietnameseNumber.parse(cell)
                        .map(v -> v.compareTo(stored) == 0)
                        .orElse(false);
    }
}
