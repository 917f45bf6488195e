package vn.ntm.exchange;

import java.math.BigDecimal;
import java.text.NumberFormat;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.text.Messages;

/**
 * A value as a preview shows it, in the reader's language: 20,5, Đạt, Không đạt, Không đánh giá: lý do, or —. One
 * per preview (not shared between threads): the number format and the words are looked up once, not per cell.
 */
final class ValueText {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

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
            BigDecimal number = value.number().stripTrailingZeros();
            // a whole number below a thousand has no separator in any language: its digits, without the format
            if (number.signum() >= 0 && number.scale() <= 0 && number.compareTo(THOUSAND) < 0) {
                return String.valueOf(number.intValue());
            }
            return numbers.format(number);
        }
        if (value.met() != null) {
            return value.met() ? met : notMet;
        }
        return "—";
    }
}
