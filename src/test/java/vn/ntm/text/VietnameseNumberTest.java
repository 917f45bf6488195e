package vn.ntm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.junit.jupiter.api.Test;
import vn.ntm.testing.Properties;

/** Numbers as officers type them: 20,5 or 20.5, 1.044.000 with thousands dots, a trailing %; nothing guessed. */
class VietnameseNumberTest {

    static BigDecimal parsed(String text) {
        return VietnameseNumber.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void a_decimal_comma_and_a_decimal_point_give_the_same_number() {
        assertThat(parsed("20,5")).isEqualByComparingTo("20.5");
        assertThat(parsed("20.5")).isEqualByComparingTo("20.5");
        assertThat(parsed("0,25")).isEqualByComparingTo("0.25");
        assertThat(parsed("95")).isEqualByComparingTo("95");
    }

    @Test
    void dots_in_groups_of_three_are_thousands_separators_and_a_comma_after_them_is_the_decimal() {
        assertThat(parsed("1.044.000")).isEqualByComparingTo("1044000");
        assertThat(parsed("1.044.000,5")).isEqualByComparingTo("1044000.5");
        assertThat(parsed("12.345.678,25")).isEqualByComparingTo("12345678.25");
    }

    @Test
    void a_single_dot_is_a_decimal_point_even_before_three_digits() {
        assertThat(parsed("1.044")).isEqualByComparingTo("1.044");
    }

    @Test
    void a_trailing_percent_sign_and_spaces_are_ignored() {
        assertThat(parsed("20%")).isEqualByComparingTo("20");
        assertThat(parsed(" 20,5 % ")).isEqualByComparingTo("20.5");
        assertThat(parsed("1\u00a0044\u00a0000"))
                .as("non-breaking spaces as thousands separators")
                .isEqualByComparingTo("1044000");
    }

    @Test
    void negative_numbers_are_read_so_that_the_range_check_can_refuse_them_with_its_own_message() {
        assertThat(parsed("-3")).isEqualByComparingTo("-3");
        assertThat(parsed("−0,5")).as("a typographic minus").isEqualByComparingTo("-0.5");
    }

    @Test
    void anything_ambiguous_or_not_a_number_is_refused_rather_than_guessed() {
        for (String text : new String[] {
            "20.5.3",
            "abc",
            "",
            "   ",
            "%",
            "20,5,3",
            "1,044,000",
            "1.04.000",
            "12.3456.789",
            "20 5a",
            "1.044.000.5",
            ",5",
            "5,",
            "--5",
            "Đạt"
        }) {
            assertThat(VietnameseNumber.parse(text)).as("\"%s\"", text).isEmpty();
        }
        assertThat(VietnameseNumber.parse(null)).isEmpty();
    }

    @Test
    void
            property_a_number_written_the_vietnamese_way_with_thousands_dots_reads_back_exactly_unless_one_dot_makes_it_a_decimal() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        Properties.forAll(1044000L, 2000, Properties.decimals("0", "99999999", 2), n -> {
            DecimalFormat vietnamese = new DecimalFormat("#,##0.##", symbols);
            vietnamese.setRoundingMode(RoundingMode.UNNECESSARY);
            String text = vietnamese.format(n);
            if (text.matches("\\d{1,3}\\.\\d{3}")) {
                assertThat(parsed(text))
                        .as("one dot and no comma is a decimal point: %s", text)
                        .isEqualByComparingTo(text);
            } else {
                assertThat(parsed(text)).as(text).isEqualByComparingTo(n);
            }
            assertThat(parsed(n.toPlainString())).isEqualByComparingTo(n);
            assertThat(parsed(n.toPlainString().replace('.', ','))).isEqualByComparingTo(n);
        });
    }
}
