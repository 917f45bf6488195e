package vn.ntm.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ntm.criteria.Indicator;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.InputText;
import vn.ntm.text.SearchKey;
import vn.ntm.text.TextKind;
import vn.ntm.text.VietnameseNumber;

/**
 * What a user typed for one indicator, read against the indicator: a number in Vietnamese or international form
 * for a measured indicator (within its range: a percentage is 0-100; with the digits its unit of measure allows,
 * {@link vn.ntm.criteria.NumberRule}), Đạt / Không đạt for a qualitative one, or "không đánh giá" with a reason.
 * Anything else is refused with a message that says what was expected; the texts (reason, note, change reason) obey
 * the text rule ({@link InputText}). Every way in reads values here: a save, a criterion's page, a sheet, a request.
 */
public record ValueInput(
        String value, Boolean notEvaluated, String reason, String note, Integer version, String changeReason) {

    /**
     * The version a form sends when it showed no stored value: if one exists by the time it is saved, someone
     * entered it meanwhile and the save is refused (no version at all, from the API, is a bad request instead).
     */
    public static final int NO_VALUE_SEEN = -1;

    /** A value typed during open entry (no change reason needed). */
    public static ValueInput of(String value) {
        return new ValueInput(value, null, null, null, null, null);
    }

    private static final Set<String> MET = Set.of("dat", "d", "co", "true", "yes", "met", "1");
    private static final Set<String> NOT_MET = Set.of("khong dat", "kd", "khong", "false", "no", "not met", "0");

    public EnteredValue read(Indicator indicator) {
        InputText.check("note", note, TextKind.NOTE);
        InputText.check("changeReason", changeReason, TextKind.REASON);
        InputText.check("reason", reason, TextKind.REASON);
        if (Boolean.TRUE.equals(notEvaluated)) {
            if (reason == null || reason.isBlank()) {
                throw new BadInputException("reason", "assessment.error.reasonRequired", indicator.code());
            }
            return EnteredValue.notEvaluated(reason.trim());
        }
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            throw new BadInputException("value", "assessment.error.empty", indicator.code());
        }
        return indicator.measured() ? EnteredValue.number(number(indicator, text)) : judged(indicator, text);
    }

    private static BigDecimal number(Indicator indicator, String text) {
        // read once: a text that is a number has no forbidden character and is no Đạt / Không đạt
        Optional<BigDecimal> parsed = VietnameseNumber.parse(text);
        return parsed.isPresent() ? checked(indicator, parsed.get()) : checked(indicator, notANumber(indicator, text));
    }

    /** Refuses a text that is no number with the message that says what it is; never returns normally. */
    private static BigDecimal notANumber(Indicator indicator, String text) {
        String key = SearchKey.of(text);
        if (MET.contains(key) || NOT_MET.contains(key)) {
            throw new BadInputException(
                    "value",
                    "assessment.error.measuredNeedsNumber",
                    indicator.code(),
                    text,
                    indicator.measureUnit() == null ? "" : indicator.measureUnit());
        }
        InputText.characters("value", text).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        throw indicator
                .numbers()
                .overlong("value", indicator.code(), text)
                .map(p -> new BadInputException(List.of(p)))
                .orElseGet(() ->
                        new BadInputException("value", "assessment.error.notNumber", shown(text), indicator.code()));
    }

    /** A number read from the text, within the indicator's digits and range. */
    private static BigDecimal checked(Indicator indicator, BigDecimal number) {
        indicator.numbers().digits("value", indicator.code(), number).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        if (indicator.maxValue() != null && number.compareTo(indicator.maxValue()) > 0) {
            throw new BadInputException(
                    "value",
                    "assessment.error.aboveMax",
                    number,
                    indicator.code(),
                    indicator.maxValue(),
                    unit(indicator));
        }
        if (indicator.minValue() != null && number.compareTo(indicator.minValue()) < 0) {
            throw new BadInputException(
                    "value",
                    "assessment.error.belowMin",
                    number,
                    indicator.code(),
                    indicator.minValue(),
                    unit(indicator));
        }
        indicator.numbers().check("value", indicator.code(), number).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        return number;
    }

    private static EnteredValue judged(Indicator indicator, String text) {
        // the words a template offers, as it writes them: their search keys are "dat" and "khong dat"
        if (text.equals("Đạt")) {
            return EnteredValue.judged(true);
        }
        if (text.equals("Không đạt")) {
            return EnteredValue.judged(false);
        }
        String key = SearchKey.of(text);
        if (MET.contains(key)) {
            return EnteredValue.judged(true);
        }
        if (NOT_MET.contains(key)) {
            return EnteredValue.judged(false);
        }
        if (VietnameseNumber.parse(text).isPresent()) {
            throw new BadInputException("value", "assessment.error.qualitativeNumber", shown(text), indicator.code());
        }
        throw new BadInputException("value", "assessment.error.qualitativeText", shown(text), indicator.code());
    }

    /** What was typed, quoted in a message: cut when longer than a line. */
    private static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static String unit(Indicator indicator) {
        return indicator.measureUnit() == null ? "" : indicator.measureUnit();
    }
}
