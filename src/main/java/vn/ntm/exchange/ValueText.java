package vn.ntm.exchange;

import java.text.NumberFormat;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.text.Messages;

/**
 * A value as a preview shows it, in the reader's language: 20,5, Đạt, Không đạt, Không đánh giá: lý do, or —. One
 * per preview (not shared between threads): the number format and the words are looked up once, not per cell.
 */
final class ValueText {

    private final Messages messages;
    private final NumberFormat numbers;
    private final String met;
    private final String notMet;

    ValueText(Messages messages) {
        this.messages = messages;
        this.numbers = NumberFormat.getNumberInstance(Messages.currentLocale());
        this.numbers.setMaximumFractionDigits(6);
        this.met = messages.get("exchange.value.met");
        this.notMet = messages.get("exchange.value.notMet");
    }

    String of(EnteredValue value) {
        if (value == null) {
            return "—";
        }
        if (value.notEvaluated()) {
            return messages.get("exchange.value.notEvaluated", value.notEvaluatedReason());
        }
        if (value.number() != null) {
            return numbers.format(value.number().stripTrailingZeros());
        }
        if (value.met() != null) {
            return value.met() ? met : notMet;
        }
        return "—";
    }
}
