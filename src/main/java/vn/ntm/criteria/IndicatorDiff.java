package vn.ntm.criteria;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.ntm.criteria.AuthoringPlan.FieldChange;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;

/**
 * The fields an authored draft changes, old → new, as a reader sees them ("Định lượng", "≥", "20,5",
 * "29/12/2025"), named as the draft's fields are ("textVi", "threshold:2").
 */
final class IndicatorDiff {

    private final Function<IndicatorKind, String> kindName;
    private final List<FieldChange> changes = new ArrayList<>();

    private IndicatorDiff(Function<IndicatorKind, String> kindName) {
        this.kindName = kindName;
    }

    /** {@code before} null: every field of a new indicator, from nothing. */
    static List<FieldChange> of(
            Indicator before,
            Map<String, Threshold> thresholdsBefore,
            IndicatorContent after,
            int criterionAfter,
            List<DraftCheck.ThresholdSlot> slots,
            Function<IndicatorKind, String> kindName) {
        IndicatorDiff diff = new IndicatorDiff(kindName);
        diff.field(
                "criterion",
                before == null ? null : String.valueOf(before.criterionNumber()),
                String.valueOf(criterionAfter));
        diff.field("code", before == null ? null : before.code(), after.code());
        diff.field("textVi", before == null ? null : before.textVi(), after.textVi());
        diff.field("textEn", before == null ? null : before.textEn(), after.textEn());
        diff.field("kind", before == null ? null : kindName.apply(before.kind()), kindName.apply(after.kind()));
        diff.field("measureUnit", before == null ? null : before.measureUnit(), after.measureUnit());
        diff.field(
                "comparison",
                before == null || before.comparison() == null
                        ? null
                        : before.comparison().symbol(),
                after.comparison() == null ? null : after.comparison().symbol());
        diff.field("minValue", before == null ? null : number(before.minValue()), number(after.minValue()));
        diff.field("maxValue", before == null ? null : number(before.maxValue()), number(after.maxValue()));
        diff.field("note", before == null ? null : before.note(), after.note());
        Citation old = before == null ? Citation.NONE : before.provenance().source();
        diff.citation("", old, after.source());
        for (DraftCheck.ThresholdSlot slot : slots) {
            Threshold t = thresholdsBefore.get(slot.slot());
            diff.field(
                    slot.field(),
                    t == null ? null : number(t.value()),
                    slot.content() == null ? null : number(slot.content().value()));
            if (slot.content() != null
                    && !slot.content().source().equals(after.source())
                    && (t == null
                            || !IndicatorContent.same(t.value(), slot.content().value())
                            || !slot.content().source().equals(t.provenance().source()))) {
                diff.citation(
                        slot.field() + ".",
                        t == null ? Citation.NONE : t.provenance().source(),
                        slot.content().source());
            }
        }
        return diff.changes;
    }

    private void citation(String prefix, Citation before, Citation after) {
        field(prefix + "source", before.document(), after.document());
        field(prefix + "sourceArticle", before.article(), after.article());
        field(prefix + "sourceDate", VietnameseDates.format(before.date()), VietnameseDates.format(after.date()));
        field(prefix + "sourceUrl", before.url(), after.url());
    }

    private void field(String name, String before, String after) {
        String b = before == null || before.isEmpty() ? null : before;
        String a = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(name, b == null ? "" : b, a == null ? "" : a));
        }
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(Messages.VIETNAMESE);
        f.setMaximumFractionDigits(6);
        f.setGroupingUsed(false);
        return f.format(value.stripTrailingZeros());
    }
}
