package vn.ntm.criteria;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.ntm.text.SearchKey;

/**
 * How many digits the numbers of an indicator may have, by the kind its unit of measure names (the policy
 * {@link #ruleFor}): a unit starting with "%" is a percentage; one with the word "đồng" (or VND) is money; one that is
 * exactly a word of {@code countUnits} ("người", "hộ", "trường"...) is a count; anything else (m²/người, km, ha, or no
 * unit) is a quantity. Configured under {@code ntm.input.numbers}; the defaults are generous for every indicator of
 * the programme and still refuse absurd numbers.
 *
 * @param percentIntegerDigits   digits before the decimal point of a percentage (100 has 3)
 * @param percentFractionDigits  decimals of a percentage
 * @param moneyIntegerDigits     digits of a sum of money before the decimal point
 * @param moneyFractionDigits    decimals of a sum of money
 * @param countIntegerDigits     digits of a count
 * @param quantityIntegerDigits  digits of any other quantity before the decimal point
 * @param quantityFractionDigits decimals of any other quantity
 * @param countUnits             units of measure that count whole things
 * @param moneyWords             words that make a unit of measure money
 */
@ConfigurationProperties("ntm.input.numbers")
public record NumberLimits(
        @DefaultValue("3") int percentIntegerDigits,
        @DefaultValue("2") int percentFractionDigits,
        @DefaultValue("12") int moneyIntegerDigits,
        @DefaultValue("2") int moneyFractionDigits,
        @DefaultValue("9") int countIntegerDigits,
        @DefaultValue("12") int quantityIntegerDigits,
        @DefaultValue("4") int quantityFractionDigits,

        @DefaultValue({
            "người",
            "hộ",
            "hộ gia đình",
            "thôn",
            "bản",
            "ấp",
            "xã",
            "trường",
            "trạm",
            "cơ sở",
            "công trình",
            "hợp tác xã",
            "tổ hợp tác",
            "doanh nghiệp",
            "sản phẩm",
            "mô hình",
            "câu lạc bộ",
            "đội",
            "lần",
            "cái",
            "chiếc",
            "điểm",
            "nhà",
            "tuyến"
        })
        List<String> countUnits,

        @DefaultValue({"đồng", "vnd", "vnđ"}) List<String> moneyWords) {

    /** The limits when nothing is configured (files and tests that build indicators without the application). */
    public static final NumberLimits DEFAULTS = new NumberLimits(
            3,
            2,
            12,
            2,
            9,
            12,
            4,
            List.of(
                    "người",
                    "hộ",
                    "hộ gia đình",
                    "thôn",
                    "bản",
                    "ấp",
                    "xã",
                    "trường",
                    "trạm",
                    "cơ sở",
                    "công trình",
                    "hợp tác xã",
                    "tổ hợp tác",
                    "doanh nghiệp",
                    "sản phẩm",
                    "mô hình",
                    "câu lạc bộ",
                    "đội",
                    "lần",
                    "cái",
                    "chiếc",
                    "điểm",
                    "nhà",
                    "tuyến"),
            List.of("đồng", "vnd", "vnđ"));

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public NumberLimits {
        countUnits = List.copyOf(countUnits);
        moneyWords = List.copyOf(moneyWords);
    }

    /** What a unit of measure counts (see the class comment). */
    public MeasureKind kindOf(String measureUnit) {
        String unit = measureUnit == null ? "" : measureUnit.trim();
        if (unit.startsWith("%")) {
            return MeasureKind.PERCENT;
        }
        String key = SearchKey.of(unit);
        Set<String> money = keys(moneyWords);
        if (WORDS.splitAsStream(key).anyMatch(money::contains)) {
            return MeasureKind.MONEY;
        }
        if (!key.isEmpty() && keys(countUnits).contains(key)) {
            return MeasureKind.COUNT;
        }
        return MeasureKind.QUANTITY;
    }

    /** The rule of the numbers of an indicator with this unit of measure. */
    public NumberRule ruleFor(String measureUnit) {
        MeasureKind kind = kindOf(measureUnit);
        return switch (kind) {
            case PERCENT -> new NumberRule(kind, percentIntegerDigits, percentFractionDigits);
            case MONEY -> new NumberRule(kind, moneyIntegerDigits, moneyFractionDigits);
            case COUNT -> new NumberRule(kind, countIntegerDigits, 0);
            case QUANTITY -> new NumberRule(kind, quantityIntegerDigits, quantityFractionDigits);
        };
    }

    private static Set<String> keys(List<String> words) {
        return words.stream().map(SearchKey::of).collect(Collectors.toSet());
    }
}
