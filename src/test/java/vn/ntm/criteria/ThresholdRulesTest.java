package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ntm.testing.Properties;
import vn.ntm.testing.ThresholdBuilder;

/**
 * Which threshold applies and how a value compares with it: the comparisons at and around the threshold, the
 * gaps, the especially-difficult rule, year-specific and overlay thresholds, exact keys before "*".
 */
class ThresholdRulesTest {

    static final List<String> REGIONS = List.of("TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL");

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Threshold national(long id, String key, Integer year, String value) {
        return ThresholdBuilder.national(1, "Quyết định 318/QĐ-TTg")
                .id(id)
                .key(key)
                .year(year)
                .value(value)
                .verified()
                .build();
    }

    static Threshold overlay(long id, String key, Integer year, String value) {
        return ThresholdBuilder.overlay(99L, 1, "DEMO-TTH/2022")
                .id(id)
                .key(key)
                .year(year)
                .value(value)
                .build();
    }

    // --- comparisons -------------------------------------------------------------------------------------------

    @Test
    void a_value_exactly_at_the_threshold_meets_greater_or_equal_and_less_or_equal_but_not_the_strict_comparisons() {
        assertThat(Comparison.GE.holds(d("50"), d("50"))).isTrue();
        assertThat(Comparison.LE.holds(d("24"), d("24"))).isTrue();
        assertThat(Comparison.GT.holds(d("50"), d("50"))).isFalse();
        assertThat(Comparison.LT.holds(d("24"), d("24"))).isFalse();
    }

    @Test
    void the_scale_of_the_written_number_does_not_matter_at_the_threshold() {
        assertThat(Comparison.GE.holds(d("50.00"), d("50"))).isTrue();
        assertThat(Comparison.LE.holds(d("16.50"), d("16.5"))).isTrue();
        assertThat(Comparison.GT.holds(d("50.0"), d("50"))).isFalse();
        assertThat(Comparison.GE.gap(d("50.00"), d("50"))).isEqualByComparingTo("0");
    }

    @Test
    void just_below_a_floor_misses_it_by_the_amount_still_to_gain() {
        assertThat(Comparison.GE.holds(d("49.99"), d("50"))).isFalse();
        assertThat(Comparison.GE.gap(d("49.99"), d("50"))).isEqualByComparingTo("0.01");
        assertThat(Comparison.GT.holds(d("49.99"), d("50"))).isFalse();
        assertThat(Comparison.GE.gap(d("20"), d("50"))).isEqualByComparingTo("30");
    }

    @Test
    void just_above_a_floor_meets_it_with_no_gap() {
        assertThat(Comparison.GE.holds(d("50.01"), d("50"))).isTrue();
        assertThat(Comparison.GT.holds(d("50.01"), d("50"))).isTrue();
        assertThat(Comparison.GE.gap(d("50.01"), d("50"))).isEqualByComparingTo("0");
        assertThat(Comparison.GT.gap(d("50.01"), d("50"))).isEqualByComparingTo("0");
    }

    @Test
    void just_above_a_ceiling_misses_it_by_the_amount_still_to_lose_and_just_below_meets_it() {
        assertThat(Comparison.LE.holds(d("24.1"), d("24"))).isFalse();
        assertThat(Comparison.LE.gap(d("24.1"), d("24"))).isEqualByComparingTo("0.1");
        assertThat(Comparison.LT.holds(d("24.1"), d("24"))).isFalse();
        assertThat(Comparison.LT.gap(d("30"), d("24"))).isEqualByComparingTo("6");
        assertThat(Comparison.LE.holds(d("23.9"), d("24"))).isTrue();
        assertThat(Comparison.LT.holds(d("23.9"), d("24"))).isTrue();
        assertThat(Comparison.LE.gap(d("23.9"), d("24"))).isEqualByComparingTo("0");
    }

    @Test
    void floors_rise_and_ceilings_do_not() {
        assertThat(Comparison.GE.rising()).isTrue();
        assertThat(Comparison.GT.rising()).isTrue();
        assertThat(Comparison.LE.rising()).isFalse();
        assertThat(Comparison.LT.rising()).isFalse();
        assertThat(List.of(Comparison.values())).extracting(Comparison::symbol).containsExactly("≥", ">", "≤", "<");
    }

    @Test
    void a_comparison_is_read_from_its_code_its_ascii_form_or_its_symbol_and_anything_else_is_refused() {
        assertThat(Comparison.parse("GE")).isEqualTo(Comparison.GE);
        assertThat(Comparison.parse(" >= ")).isEqualTo(Comparison.GE);
        assertThat(Comparison.parse("≥")).isEqualTo(Comparison.GE);
        assertThat(Comparison.parse(">")).isEqualTo(Comparison.GT);
        assertThat(Comparison.parse("≤")).isEqualTo(Comparison.LE);
        assertThat(Comparison.parse("<=")).isEqualTo(Comparison.LE);
        assertThat(Comparison.parse("LT")).isEqualTo(Comparison.LT);
        assertThat(Comparison.parse(null)).isNull();
        assertThatThrownBy(() -> Comparison.parse("=>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Comparison.parse("ge")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void property_each_comparison_holds_exactly_when_the_arithmetic_says_so_and_the_gap_is_the_distance_left() {
        record Case(Comparison comparison, BigDecimal value, BigDecimal threshold) {}
        Properties.Generator<Case> cases = random -> {
            BigDecimal threshold = Properties.decimals("0", "100", 1).next(random);
            return new Case(
                    Properties.oneOf(Comparison.values()).next(random),
                    Properties.near(threshold, "0", "100", 2).next(random),
                    threshold);
        };
        Properties.forAll(20250101L, 2000, cases, c -> {
            BigDecimal v = c.value();
            BigDecimal t = c.threshold();
            boolean expected = switch (c.comparison()) {
                case GE -> v.compareTo(t) >= 0;
                case GT -> v.compareTo(t) > 0;
                case LE -> v.compareTo(t) <= 0;
                case LT -> v.compareTo(t) < 0;
            };
            assertThat(c.comparison().holds(v, t)).isEqualTo(expected);
            BigDecimal gap = c.comparison().gap(v, t);
            assertThat(gap).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            BigDecimal distance = c.comparison().rising() ? t.subtract(v) : v.subtract(t);
            assertThat(gap).isEqualByComparingTo(expected ? BigDecimal.ZERO : distance.max(BigDecimal.ZERO));
            if (c.comparison() == Comparison.GE) {
                assertThat(gap).isEqualByComparingTo(t.subtract(v).max(BigDecimal.ZERO));
            }
            if (c.comparison() == Comparison.LE) {
                assertThat(gap).isEqualByComparingTo(v.subtract(t).max(BigDecimal.ZERO));
            }
        });
    }

    @Test
    void property_closing_the_gap_meets_a_non_strict_threshold() {
        record Case(Comparison comparison, BigDecimal value, BigDecimal threshold) {}
        Properties.Generator<Case> cases = random -> new Case(
                Properties.oneOf(Comparison.GE, Comparison.LE).next(random),
                Properties.decimals("0", "100", 2).next(random),
                Properties.decimals("0", "100", 1).next(random));
        Properties.forAll(77L, 1000, cases, c -> {
            BigDecimal gap = c.comparison().gap(c.value(), c.threshold());
            BigDecimal moved =
                    c.comparison().rising() ? c.value().add(gap) : c.value().subtract(gap);
            assertThat(c.comparison().holds(moved, c.threshold())).isTrue();
        });
    }

    // --- effective key -----------------------------------------------------------------------------------------

    @Test
    void an_especially_difficult_commune_uses_the_northern_midlands_thresholds_instead_of_its_region() {
        EffectiveKey key = EffectiveKey.of(Keying.REGION, "TDMNPB", "BTB", null, true);
        assertThat(key.key()).isEqualTo("TDMNPB");
        assertThat(key.reason()).isEqualTo(EffectiveKey.Reason.ESPECIALLY_DIFFICULT);
    }

    @Test
    void an_ordinary_commune_uses_its_own_region() {
        EffectiveKey key = EffectiveKey.of(Keying.REGION, "TDMNPB", "BTB", null, false);
        assertThat(key).isEqualTo(new EffectiveKey("BTB", EffectiveKey.Reason.REGION));
    }

    @Test
    void the_especially_difficult_rule_applies_even_when_the_region_is_not_recorded() {
        assertThat(EffectiveKey.of(Keying.REGION, "TDMNPB", null, null, true))
                .isEqualTo(new EffectiveKey("TDMNPB", EffectiveKey.Reason.ESPECIALLY_DIFFICULT));
    }

    @Test
    void a_commune_without_a_recorded_region_gets_no_key_and_says_the_attribute_is_missing() {
        assertThat(EffectiveKey.of(Keying.REGION, "TDMNPB", null, "2", false))
                .isEqualTo(new EffectiveKey(null, EffectiveKey.Reason.ATTRIBUTE_MISSING));
    }

    @Test
    void a_set_without_an_especially_difficult_key_keeps_the_region_of_an_especially_difficult_commune() {
        assertThat(EffectiveKey.of(Keying.REGION, null, "BTB", null, true))
                .isEqualTo(new EffectiveKey("BTB", EffectiveKey.Reason.REGION));
    }

    @Test
    void a_set_keyed_by_commune_group_uses_the_group_and_ignores_region_and_the_especially_difficult_flag() {
        assertThat(EffectiveKey.of(Keying.COMMUNE_GROUP, "TDMNPB", "BTB", "2", true))
                .isEqualTo(new EffectiveKey("2", EffectiveKey.Reason.COMMUNE_GROUP));
        assertThat(EffectiveKey.of(Keying.COMMUNE_GROUP, null, "BTB", null, true))
                .isEqualTo(new EffectiveKey(null, EffectiveKey.Reason.ATTRIBUTE_MISSING));
    }

    @Test
    void a_set_not_keyed_at_all_gives_no_key_whatever_the_attributes() {
        assertThat(EffectiveKey.of(Keying.NONE, "TDMNPB", "BTB", "1", true))
                .isEqualTo(new EffectiveKey(null, EffectiveKey.Reason.NOT_KEYED));
    }

    // --- threshold selection -----------------------------------------------------------------------------------

    @Test
    void a_threshold_for_the_year_wins_over_one_for_every_year() {
        List<Threshold> thresholds =
                List.of(national(1, "*", null, "40"), national(2, "*", 2024, "45"), national(3, "*", 2025, "48"));
        assertThat(ThresholdPolicy.select(List.of(), thresholds, "BTB", 2024))
                .map(Threshold::id)
                .contains(2L);
        assertThat(ThresholdPolicy.select(List.of(), thresholds, "BTB", 2025))
                .map(Threshold::id)
                .contains(3L);
        assertThat(ThresholdPolicy.select(List.of(), thresholds, "BTB", 2023))
                .map(Threshold::id)
                .contains(1L);
    }

    @Test
    void a_threshold_for_another_year_never_applies() {
        List<Threshold> thresholds = List.of(national(1, "BTB", 2024, "45"));
        assertThat(ThresholdPolicy.select(List.of(), thresholds, "BTB", 2023)).isEmpty();
        assertThat(ThresholdPolicy.select(List.of(), thresholds, "BTB", 2024))
                .map(Threshold::id)
                .contains(1L);
    }

    @Test
    void an_overlay_threshold_wins_over_the_national_one_even_over_a_more_specific_national_one() {
        List<Threshold> nationalThresholds = List.of(national(1, "TDMNPB", 2024, "50"));
        List<Threshold> overlayThresholds = List.of(overlay(2, "*", null, "15"));
        Optional<Threshold> chosen = ThresholdPolicy.select(overlayThresholds, nationalThresholds, "TDMNPB", 2024);
        assertThat(chosen).map(Threshold::id).contains(2L);
        assertThat(chosen.orElseThrow().national()).isFalse();
    }

    @Test
    void the_national_threshold_applies_where_the_overlay_has_nothing_for_the_key() {
        List<Threshold> nationalThresholds =
                List.of(national(1, "TDMNPB", null, "50"), national(2, "DBSH", null, "70"));
        List<Threshold> overlayThresholds = List.of(overlay(3, "DBSH", null, "75"));
        assertThat(ThresholdPolicy.select(overlayThresholds, nationalThresholds, "TDMNPB", 2024))
                .map(Threshold::id)
                .contains(1L);
        assertThat(ThresholdPolicy.select(overlayThresholds, nationalThresholds, "DBSH", 2024))
                .map(Threshold::id)
                .contains(3L);
    }

    @Test
    void the_exact_key_wins_over_the_any_key_threshold() {
        List<Threshold> thresholds = List.of(national(1, "*", null, "60"), national(2, "TDMNPB", null, "50"));
        assertThat(ThresholdPolicy.select(List.of(), thresholds, "TDMNPB", 2024))
                .map(Threshold::id)
                .contains(2L);
        assertThat(ThresholdPolicy.select(List.of(), thresholds, "BTB", 2024))
                .map(Threshold::id)
                .contains(1L);
    }

    @Test
    void a_unit_without_a_key_gets_only_an_any_key_threshold() {
        List<Threshold> thresholds = List.of(national(1, "TDMNPB", null, "50"), national(2, "DBSH", null, "70"));
        assertThat(ThresholdPolicy.select(List.of(), thresholds, null, 2024)).isEmpty();
        List<Threshold> withAny = List.of(national(1, "TDMNPB", null, "50"), national(3, "*", null, "65"));
        assertThat(ThresholdPolicy.select(List.of(), withAny, null, 2024))
                .map(Threshold::id)
                .contains(3L);
    }

    @Test
    void no_threshold_for_the_key_means_not_configured_never_a_guess_from_another_region() {
        List<Threshold> thresholds = List.of(national(1, "TDMNPB", null, "50"), national(2, "DBSH", null, "70"));
        assertThat(ThresholdPolicy.select(List.of(), thresholds, "BTB", 2024)).isEmpty();
        assertThat(ThresholdPolicy.select(List.of(), List.of(), "BTB", 2024)).isEmpty();
    }

    /** The precedence written out independently: overlay, then exact key, then the year, lowest rank wins. */
    static Optional<Threshold> expectedChoice(
            List<Threshold> overlayThresholds, List<Threshold> nationalThresholds, String key, int year) {
        List<Threshold> all = new ArrayList<>(overlayThresholds);
        all.addAll(nationalThresholds);
        return all.stream()
                .filter(t -> t.key().equals(Threshold.ANY_KEY) || t.key().equals(key))
                .filter(t -> t.year() == null || t.year() == year)
                .min(Comparator.<Threshold>comparingInt(t -> t.national() ? 1 : 0)
                        .thenComparingInt(t -> t.key().equals(Threshold.ANY_KEY) ? 1 : 0)
                        .thenComparingInt(t -> t.year() == null ? 1 : 0));
    }

    record Selection(List<Threshold> overlay, List<Threshold> national, String key, int year) {}

    static Properties.Generator<Selection> selections() {
        return random -> {
            List<Threshold> overlayThresholds = new ArrayList<>();
            List<Threshold> nationalThresholds = new ArrayList<>();
            long id = 1;
            for (String key : keysDrawn(random)) {
                for (Integer year : yearsDrawn(random)) {
                    if (random.nextInt(3) == 0) {
                        overlayThresholds.add(overlay(id++, key, year, String.valueOf(random.nextInt(100))));
                    }
                    if (random.nextInt(3) == 0) {
                        nationalThresholds.add(national(id++, key, year, String.valueOf(random.nextInt(100))));
                    }
                }
            }
            Collections.shuffle(overlayThresholds, random);
            Collections.shuffle(nationalThresholds, random);
            String key = random.nextInt(8) == 0 ? null : REGIONS.get(random.nextInt(REGIONS.size()));
            return new Selection(overlayThresholds, nationalThresholds, key, 2021 + random.nextInt(5));
        };
    }

    private static List<String> keysDrawn(Random random) {
        List<String> keys = new ArrayList<>(List.of(Threshold.ANY_KEY));
        REGIONS.stream().filter(r -> random.nextInt(3) == 0).forEach(keys::add);
        return keys;
    }

    private static List<Integer> yearsDrawn(Random random) {
        List<Integer> years = new ArrayList<>();
        years.add(null);
        for (int y = 2021; y <= 2025; y++) {
            if (random.nextInt(3) == 0) {
                years.add(y);
            }
        }
        return years;
    }

    @Test
    void property_overlay_before_national_exact_key_before_any_key_and_the_year_before_every_year() {
        Properties.forAll(318L, 3000, selections(), s -> {
            Optional<Threshold> chosen = ThresholdPolicy.select(s.overlay(), s.national(), s.key(), s.year());
            assertThat(chosen.map(Threshold::id))
                    .isEqualTo(expectedChoice(s.overlay(), s.national(), s.key(), s.year())
                            .map(Threshold::id));
            chosen.ifPresent(t -> {
                assertThat(t.key()).isIn(Threshold.ANY_KEY, s.key());
                assertThat(t.year()).isIn(null, s.year());
                if (!s.overlay().isEmpty()
                        && s.overlay().stream().anyMatch(o -> o.key().equals(Threshold.ANY_KEY) && o.year() == null)) {
                    assertThat(t.national())
                            .as("an overlay covering every key and year always wins")
                            .isFalse();
                }
            });
        });
    }

    @Test
    void property_the_order_in_which_thresholds_are_stored_does_not_change_the_choice() {
        Properties.forAll(2021L, 1000, selections(), s -> {
            List<Threshold> overlayReversed = new ArrayList<>(s.overlay());
            List<Threshold> nationalReversed = new ArrayList<>(s.national());
            Collections.reverse(overlayReversed);
            Collections.reverse(nationalReversed);
            assertThat(ThresholdPolicy.select(overlayReversed, nationalReversed, s.key(), s.year()))
                    .isEqualTo(ThresholdPolicy.select(s.overlay(), s.national(), s.key(), s.year()));
        });
    }
}
