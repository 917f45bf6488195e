package vn.ntm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The property helper itself: reproducible, and a failure says which seed and case broke the property. */
class PropertiesTest {

    @Test
    void the_same_seed_draws_the_same_cases_and_another_seed_draws_others() {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        Properties.forAll(11, 50, Properties.ints(0, 1_000_000), first::add);
        Properties.forAll(11, 50, Properties.ints(0, 1_000_000), second::add);
        Properties.forAll(12, 50, Properties.ints(0, 1_000_000), other::add);
        assertThat(first).hasSize(50).isEqualTo(second).isNotEqualTo(other);
    }

    @Test
    void a_failing_property_reports_the_seed_the_run_and_the_failing_case() {
        assertThatThrownBy(() -> Properties.forAll(
                        7, 200, Properties.ints(0, 100), n -> assertThat(n).isLessThan(90)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed 7")
                .hasMessageMatching("(?s).*case: (9\\d|100)\\n.*");
    }

    @Test
    void the_case_seed_of_a_failure_replays_exactly_that_case() throws Exception {
        String message = "";
        try {
            Properties.forAll(
                    3, 500, Properties.ints(0, 1000), n -> assertThat(n).isNotEqualTo(n / 7 * 7));
        } catch (AssertionError e) {
            message = e.getMessage();
        }
        Matcher seed = Pattern.compile("case seed (-?\\d+)L").matcher(message);
        Matcher value = Pattern.compile("case: (\\d+)").matcher(message);
        assertThat(seed.find()).as(message).isTrue();
        assertThat(value.find()).isTrue();
        List<Integer> replayed = new ArrayList<>();
        Properties.replay(Long.parseLong(seed.group(1)), Properties.ints(0, 1000), replayed::add);
        assertThat(replayed).containsExactly(Integer.parseInt(value.group(1)));
    }

    @Test
    void decimals_stay_within_their_range_and_scale_and_near_hits_the_threshold_and_its_neighbours() {
        Properties.forAll(5, 500, Properties.decimals("-3", "7.5", 2), d -> {
            assertThat(d).isBetween(new BigDecimal("-3"), new BigDecimal("7.5"));
            assertThat(d.scale()).isEqualTo(2);
        });
        List<BigDecimal> drawn = new ArrayList<>();
        Properties.forAll(5, 400, Properties.near(new BigDecimal("50"), "0", "100", 1), drawn::add);
        assertThat(drawn)
                .anySatisfy(d -> assertThat(d).isEqualByComparingTo("50"))
                .anySatisfy(d -> assertThat(d).isEqualByComparingTo("49.9"))
                .anySatisfy(d -> assertThat(d).isEqualByComparingTo("50.1"));
    }
}
