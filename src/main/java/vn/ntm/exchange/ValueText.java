package vn.ntm.exchange;

import java.text.NumberFormat;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.text.Messages;

/** A value as a preview shows it, in the reader's language: 20,5, Đạt, Không đạt, Không đánh giá: lý do, or —. */
final class ValueText {

    private ValueText() {}

    static String of(EnteredValue value, Messages messages) {
        if (value == null) {
            return "—";
        }
        if (value.notEvaluated()) {
            return messages.get("exchange.value.notEvaluated", value.notEvaluatedReason());
        }
        if (value.number() != null) {
            NumberFormat f = NumberFormat.getNumberInstance(Messages.currentLocale());
            f.setMaximumFractionDigits(6);
            return f.format(value.number().stripTrailingZeros());
        }
        if (value.met() != null) {
            return messages.get(value.met() ? "exchange.value.met" : "exchange.value.notMet");
        }
        return "—";
    }
}
