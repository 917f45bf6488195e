package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.ntm.assessment.judging.CriterionResult;
import vn.ntm.assessment.judging.IndicatorJudgement;
import vn.ntm.assessment.judging.IndicatorResult;
import vn.ntm.assessment.judging.JudgementContext;
import vn.ntm.assessment.judging.UnitJudgement;
import vn.ntm.criteria.Comparison;
import vn.ntm.criteria.CriteriaMetBand;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.EffectiveKey;
import vn.ntm.criteria.Indicator;
import vn.ntm.criteria.IndicatorKind;
import vn.ntm.criteria.Keying;
import vn.ntm.criteria.Overlay;
import vn.ntm.criteria.SetLevel;
import vn.ntm.criteria.Threshold;
import vn.ntm.errors.BadInputException;
import vn.ntm.testing.IndicatorBuilder;
import vn.ntm.testing.Properties;
import vn.ntm.testing.ThresholdBuilder;

/**
 * The judgement rules without Spring: an indicator against its threshold (met / not met / no data / not configured
 * / not evaluated), a criterion from its indicators, a unit from its criteria, and what a user typed read against
 * the indicator.
 */
class JudgementRulesTest {

    static final long OVERLAY_ID = 900;

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Indicator measured(long id, int criterion, String code, Comparison comparison) {
        return IndicatorBuilder.measured(code)
                .id(id)
                .criterion(criterion)
                .comparison(comparison)
                .wordingVerified()
                .build();
    }

    static Indicator income(long id, int criterion, String code) {
        return IndicatorBuilder.measured(code)
                .id(id)
                .criterion(criterion)
                .text("Thu nhập")
                .measureUnit("triệu đồng/người/năm")
                .range("0", null)
                .build();
    }

    static Indicator qualitative(long id, int criterion, String code) {
        return IndicatorBuilder.qualitative(code).id(id).criterion(criterion).build();
    }

    static Threshold national(long id, long indicatorId, String key, Integer year, String value, boolean verified) {
        return ThresholdBuilder.national(indicatorId, "Quyết định 318/QĐ-TTg")
                .id(id)
                .key(key)
                .year(year)
                .value(value)
                .verified(verified)
                .build();
    }

    static Threshold overlay(long id, long indicatorId, String key, Integer year, String value) {
        return ThresholdBuilder.overlay(OVERLAY_ID, indicatorId, "DEMO-TTH/2022 (dữ liệu mẫu)")
                .id(id)
                .key(key)
                .year(year)
                .value(value)
                .build();
    }

    static IndicatorResult judge(Indicator indicator, String value, Threshold threshold) {
        return IndicatorJudgement.judge(indicator, value == null ? null : EnteredValue.number(d(value)), threshold);
    }

    // --- one indicator -----------------------------------------------------------------------------------------

    @Test
    void a_value_exactly_at_a_floor_is_met_and_has_no_gap() {
        Indicator ehealth = measured(1, 15, "15.4", Comparison.GE);
        IndicatorResult r = judge(ehealth, "50", national(10, 1, "TDMNPB", null, "50", true));
        assertThat(r.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(r.gap()).isNull();
    }

    @Test
    void a_value_exactly_at_a_ceiling_is_met() {
        Indicator stunting = measured(2, 15, "15.3", Comparison.LE);
        assertThat(judge(stunting, "24", national(11, 2, "TDMNPB", null, "24", true))
                        .status())
                .isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void a_value_exactly_at_a_strict_threshold_is_not_met() {
        assertThat(judge(measured(3, 2, "2.1", Comparison.GT), "70", national(12, 3, "*", null, "70", true))
                        .status())
                .isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(judge(measured(4, 11, "11", Comparison.LT), "4", national(13, 4, "*", null, "4", true))
                        .status())
                .isEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void just_below_a_floor_is_not_met_and_the_result_gives_value_threshold_and_gap() {
        Indicator ehealth = measured(1, 15, "15.4", Comparison.GE);
        IndicatorResult r = judge(ehealth, "49.9", national(10, 1, "TDMNPB", null, "50", true));
        assertThat(r.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(r.number()).isEqualByComparingTo("49.9");
        assertThat(r.thresholdValue()).isEqualByComparingTo("50");
        assertThat(r.gap()).isEqualByComparingTo("0.1");
        assertThat(r.comparison()).isEqualTo(Comparison.GE);
    }

    @Test
    void just_above_a_ceiling_is_not_met_with_the_excess_as_the_gap_and_just_below_it_is_met() {
        Indicator stunting = measured(2, 15, "15.3", Comparison.LE);
        Threshold t = national(11, 2, "BTB", null, "25", true);
        IndicatorResult above = judge(stunting, "25.01", t);
        assertThat(above.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(above.gap()).isEqualByComparingTo("0.01");
        assertThat(judge(stunting, "24.99", t).status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void the_seed_case_15_4_at_20_percent_against_50_percent_misses_by_30_points() {
        IndicatorResult r =
                judge(measured(1, 15, "15.4", Comparison.GE), "20", national(10, 1, "TDMNPB", null, "50", true));
        assertThat(r.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(r.gap()).isEqualByComparingTo("30");
        assertThat(r.thresholdKey()).isEqualTo("TDMNPB");
        assertThat(r.thresholdSource()).contains("318/QĐ-TTg");
        assertThat(r.fromOverlay()).isFalse();
    }

    @Test
    void a_measured_indicator_without_a_value_has_no_data() {
        Indicator ehealth = measured(1, 15, "15.4", Comparison.GE);
        Threshold t = national(10, 1, "TDMNPB", null, "50", true);
        assertThat(IndicatorJudgement.judge(ehealth, null, t).status()).isEqualTo(IndicatorStatus.NO_DATA);
        IndicatorResult empty = IndicatorJudgement.judge(ehealth, new EnteredValue(null, null, false, null, false), t);
        assertThat(empty.status()).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(empty.thresholdValue())
                .as("the threshold to reach is still shown")
                .isEqualByComparingTo("50");
        assertThat(empty.gap()).isNull();
    }

    @Test
    void a_measured_indicator_without_a_threshold_is_not_configured_never_met_or_not_met_whatever_its_value() {
        Indicator ehealth = measured(1, 15, "15.4", Comparison.GE);
        for (String value : new String[] {"0", "20", "50", "100"}) {
            IndicatorResult r = judge(ehealth, value, null);
            assertThat(r.status()).as("value %s", value).isEqualTo(IndicatorStatus.NOT_CONFIGURED);
            assertThat(r.status().countsAsMet()).isFalse();
            assertThat(r.gap()).isNull();
            assertThat(r.number()).isEqualByComparingTo(value);
        }
        assertThat(judge(ehealth, null, null).status()).isEqualTo(IndicatorStatus.NOT_CONFIGURED);
    }

    @Test
    void not_evaluated_counts_as_met_and_keeps_its_reason_even_without_a_threshold() {
        String reason = "Xã không có quy hoạch chợ nông thôn";
        IndicatorResult qualitativeResult =
                IndicatorJudgement.judge(qualitative(5, 7, "7"), EnteredValue.notEvaluated(reason), null);
        assertThat(qualitativeResult.status()).isEqualTo(IndicatorStatus.NOT_EVALUATED);
        assertThat(qualitativeResult.status().countsAsMet()).isTrue();
        assertThat(qualitativeResult.notEvaluatedReason()).isEqualTo(reason);
        IndicatorResult measuredResult = IndicatorJudgement.judge(
                measured(1, 15, "15.4", Comparison.GE), EnteredValue.notEvaluated(reason), null);
        assertThat(measuredResult.status()).isEqualTo(IndicatorStatus.NOT_EVALUATED);
    }

    @Test
    void a_qualitative_indicator_is_what_the_owning_body_judged_and_needs_no_threshold() {
        Indicator traceability = qualitative(6, 13, "13.3");
        IndicatorResult met = IndicatorJudgement.judge(traceability, EnteredValue.judged(true), null);
        IndicatorResult notMet = IndicatorJudgement.judge(traceability, EnteredValue.judged(false), null);
        assertThat(met.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(met.met()).isTrue();
        assertThat(notMet.status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(notMet.thresholdValue()).isNull();
        assertThat(notMet.gap()).isNull();
        assertThat(IndicatorJudgement.judge(traceability, null, null).status()).isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void the_result_tells_whether_the_threshold_came_from_the_overlay_and_whether_value_and_threshold_are_verified() {
        Indicator income = income(7, 10, "10");
        IndicatorResult r = IndicatorJudgement.judge(
                income, EnteredValue.number(d("54.1")).asVerified(), overlay(20, 7, "*", 2024, "45"));
        assertThat(r.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(r.fromOverlay()).isTrue();
        assertThat(r.thresholdYear()).isEqualTo(2024);
        assertThat(r.thresholdVerified()).isFalse();
        assertThat(r.valueVerified()).isTrue();
        assertThat(r.thresholdSource()).contains("dữ liệu mẫu");
        IndicatorResult unverified = IndicatorJudgement.judge(
                income, EnteredValue.number(d("54.1")), national(21, 7, "*", null, "45", true));
        assertThat(unverified.valueVerified()).isFalse();
        assertThat(unverified.thresholdVerified()).isTrue();
        assertThat(unverified.fromOverlay()).isFalse();
    }

    /** The indicator rule written out independently, as the issue states it. */
    static IndicatorStatus expectedStatus(Indicator indicator, EnteredValue value, Threshold threshold) {
        if (value != null && value.notEvaluated()) {
            return IndicatorStatus.NOT_EVALUATED;
        }
        if (indicator.kind() == IndicatorKind.QUALITATIVE) {
            if (value == null || value.met() == null) {
                return IndicatorStatus.NO_DATA;
            }
            return value.met() ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
        }
        if (threshold == null) {
            return IndicatorStatus.NOT_CONFIGURED;
        }
        if (value == null || value.number() == null) {
            return IndicatorStatus.NO_DATA;
        }
        int c = value.number().compareTo(threshold.value());
        boolean met = switch (indicator.comparison()) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
        };
        return met ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
    }

    record IndicatorCase(Indicator indicator, EnteredValue value, Threshold threshold) {}

    static Properties.Generator<IndicatorCase> indicatorCases() {
        return random -> {
            boolean isMeasured = random.nextBoolean();
            Indicator indicator = isMeasured
                    ? measured(
                            1, 15, "15.4", Properties.oneOf(Comparison.values()).next(random))
                    : qualitative(1, 13, "13.3");
            BigDecimal t = Properties.decimals("0", "100", 1).next(random);
            Threshold threshold = random.nextInt(4) == 0
                    ? null
                    : national(10, 1, "TDMNPB", null, t.toPlainString(), random.nextBoolean());
            EnteredValue value = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1 -> EnteredValue.notEvaluated("Không áp dụng");
                case 2 -> EnteredValue.judged(random.nextBoolean());
                default -> EnteredValue.number(Properties.near(t, "0", "100", 2).next(random));
            };
            if (random.nextBoolean() && value != null) {
                value = value.asVerified();
            }
            return new IndicatorCase(indicator, value, threshold);
        };
    }

    @Test
    void property_every_indicator_is_judged_as_the_rule_states() {
        Properties.forAll(4L, 3000, indicatorCases(), c -> {
            IndicatorResult r = IndicatorJudgement.judge(c.indicator(), c.value(), c.threshold());
            assertThat(r.status()).isEqualTo(expectedStatus(c.indicator(), c.value(), c.threshold()));
            assertThat(r.gap() != null)
                    .isEqualTo(r.status() == IndicatorStatus.NOT_MET
                            && c.indicator().measured());
            if (r.gap() != null) {
                assertThat(r.gap()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            }
            if (c.indicator().measured() && c.threshold() == null) {
                assertThat(r.status()).isIn(IndicatorStatus.NOT_CONFIGURED, IndicatorStatus.NOT_EVALUATED);
            }
            assertThat(r.valueVerified())
                    .isEqualTo(c.value() != null && c.value().verified());
        });
    }

    record RaiseCase(Comparison comparison, BigDecimal threshold, BigDecimal value, BigDecimal raise) {}

    @Test
    void property_raising_a_value_never_turns_a_met_floor_into_not_met_and_lowering_never_breaks_a_met_ceiling() {
        Properties.Generator<RaiseCase> cases = random -> {
            BigDecimal t = Properties.decimals("0", "100", 1).next(random);
            return new RaiseCase(
                    Properties.oneOf(Comparison.values()).next(random),
                    t,
                    Properties.near(t, "0", "100", 2).next(random),
                    Properties.decimals("0", "30", 2).next(random));
        };
        Properties.forAll(1920L, 3000, cases, c -> {
            Indicator indicator = measured(1, 15, "15.4", c.comparison());
            Threshold threshold = national(10, 1, "*", null, c.threshold().toPlainString(), true);
            BigDecimal better = c.comparison().rising()
                    ? c.value().add(c.raise())
                    : c.value().subtract(c.raise());
            IndicatorStatus before =
                    judge(indicator, c.value().toPlainString(), threshold).status();
            IndicatorStatus after =
                    judge(indicator, better.toPlainString(), threshold).status();
            if (before == IndicatorStatus.MET) {
                assertThat(after).isEqualTo(IndicatorStatus.MET);
            }
            if (after == IndicatorStatus.NOT_MET) {
                assertThat(before).isEqualTo(IndicatorStatus.NOT_MET);
            }
        });
    }

    // --- one criterion -----------------------------------------------------------------------------------------

    static IndicatorResult result(long id, IndicatorStatus status) {
        return new IndicatorResult(
                id, "1." + id, 1, status, null, null, null, null, null, null, null, null, null, false, null, null,
                false, null);
    }

    static IndicatorStatus criterion(IndicatorStatus... statuses) {
        List<IndicatorResult> results = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            results.add(result(i + 1, statuses[i]));
        }
        return CriterionResult.statusOf(results);
    }

    @Test
    void one_unmet_indicator_makes_the_criterion_not_met_whatever_the_others_are() {
        assertThat(criterion(
                        IndicatorStatus.MET,
                        IndicatorStatus.NOT_MET,
                        IndicatorStatus.NOT_CONFIGURED,
                        IndicatorStatus.NO_DATA,
                        IndicatorStatus.NOT_EVALUATED))
                .isEqualTo(IndicatorStatus.NOT_MET);
    }

    @Test
    void a_missing_threshold_comes_before_missing_data_when_nothing_is_unmet() {
        assertThat(criterion(IndicatorStatus.MET, IndicatorStatus.NO_DATA, IndicatorStatus.NOT_CONFIGURED))
                .isEqualTo(IndicatorStatus.NOT_CONFIGURED);
        assertThat(criterion(IndicatorStatus.MET, IndicatorStatus.NO_DATA, IndicatorStatus.NOT_EVALUATED))
                .isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void a_criterion_is_met_when_every_indicator_is_met_or_not_evaluated() {
        assertThat(criterion(IndicatorStatus.MET, IndicatorStatus.MET)).isEqualTo(IndicatorStatus.MET);
        assertThat(criterion(IndicatorStatus.MET, IndicatorStatus.NOT_EVALUATED))
                .isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void a_criterion_whose_every_indicator_is_not_evaluated_is_itself_not_evaluated_and_counts_as_met() {
        IndicatorStatus status = criterion(IndicatorStatus.NOT_EVALUATED);
        assertThat(status).isEqualTo(IndicatorStatus.NOT_EVALUATED);
        assertThat(status.countsAsMet()).isTrue();
    }

    @Test
    void a_criterion_without_indicators_cannot_be_judged_and_is_not_configured() {
        assertThat(CriterionResult.statusOf(List.of())).isEqualTo(IndicatorStatus.NOT_CONFIGURED);
    }

    @Test
    void property_a_criterion_counts_as_met_exactly_when_all_its_indicators_count_as_met() {
        Properties.forAll(19L, 3000, Properties.lists(Properties.oneOf(IndicatorStatus.values()), 1, 8), statuses -> {
            IndicatorStatus status = criterion(statuses.toArray(IndicatorStatus[]::new));
            boolean allMet = statuses.stream().allMatch(IndicatorStatus::countsAsMet);
            assertThat(status.countsAsMet()).isEqualTo(allMet);
            assertThat(status == IndicatorStatus.NOT_MET).isEqualTo(statuses.contains(IndicatorStatus.NOT_MET));
            assertThat(statuses)
                    .as("the status is one of its indicators' statuses")
                    .contains(status);
        });
    }

    // --- one unit ----------------------------------------------------------------------------------------------

    /** A small set shaped like the real one: 15 (Y tế) with 15.3 ≤ and 15.4 ≥ by region, 13.3, 7, income 10. */
    static final Indicator I_7 = qualitative(1, 7, "7");

    static final Indicator I_10 = income(2, 10, "10");
    static final Indicator I_13_3 = qualitative(3, 13, "13.3");
    static final Indicator I_15_3 = measured(4, 15, "15.3", Comparison.LE);
    static final Indicator I_15_4 = measured(5, 15, "15.4", Comparison.GE);

    static final CriteriaSet SET = new CriteriaSet(
            1,
            "NTM-XA-2021-2025",
            "Bộ tiêu chí",
            null,
            SetLevel.COMMUNE_NTM,
            2021,
            2025,
            "Quyết định 318/QĐ-TTg",
            Keying.REGION,
            "TDMNPB",
            4,
            5,
            false,
            null,
            false,
            0,
            List.of(new CriteriaMetBand(4, 4, "Đạt 4 tiêu chí", null), new CriteriaMetBand(0, 3, "Dưới 4", null)),
            List.of(
                    new Criterion(7, 7, "Thương mại", null, "SO_CONG_THUONG", true, List.of(I_7)),
                    new Criterion(10, 10, "Thu nhập", null, null, true, List.of(I_10)),
                    new Criterion(13, 13, "Tổ chức sản xuất", null, "SO_NONG_NGHIEP_MOI_TRUONG", true, List.of(I_13_3)),
                    new Criterion(15, 15, "Y tế", null, "SO_Y_TE", true, List.of(I_15_3, I_15_4))));

    static final List<Threshold> NATIONAL = List.of(
            national(41, 4, "TDMNPB", null, "24", true),
            national(42, 4, "BTB", null, "25", true),
            national(43, 4, "DBSH", null, "16.5", true),
            national(51, 5, "TDMNPB", null, "50", true),
            national(52, 5, "DBSH", null, "70", true));

    static final Overlay TTH = new Overlay(
            OVERLAY_ID,
            1,
            "NTM-XA-2021-2025",
            46,
            "46",
            "Tỉnh Thừa Thiên Huế",
            LocalDate.of(2024, 11, 1),
            "DEMO-TTH/2022 (dữ liệu mẫu)",
            null,
            "Bộ tiêu chí tỉnh",
            LocalDate.of(2022, 1, 1),
            null,
            1,
            true,
            0);

    static final List<Threshold> OVERLAY =
            List.of(overlay(21, 2, "*", 2023, "42"), overlay(22, 2, "*", 2024, "45"), overlay(23, 2, "*", 2025, "48"));

    static JudgementContext context(int year, boolean especiallyDifficult, String region) {
        return new JudgementContext(
                year,
                LocalDate.of(year, 12, 31),
                46L,
                TTH,
                EffectiveKey.of(Keying.REGION, "TDMNPB", region, null, especiallyDifficult));
    }

    static Map<Long, EnteredValue> thuongLo(String income, String ehealth) {
        Map<Long, EnteredValue> values = new HashMap<>();
        values.put(I_7.id(), EnteredValue.notEvaluated("Xã không có quy hoạch chợ nông thôn"));
        values.put(I_10.id(), EnteredValue.number(d(income)));
        values.put(I_13_3.id(), EnteredValue.judged(false));
        values.put(I_15_3.id(), EnteredValue.number(d("10.95")));
        values.put(I_15_4.id(), EnteredValue.number(d(ehealth)));
        return values;
    }

    @Test
    void thuong_lo_through_the_especially_difficult_flag_is_judged_on_the_northern_midlands_threshold() {
        UnitJudgement j =
                UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2024, true, "BTB"), thuongLo("54.1", "20"));
        assertThat(j.metCount()).isEqualTo(2);
        assertThat(j.criteriaCount()).isEqualTo(4);
        assertThat(j.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(j.unmet()).extracting(IndicatorResult::code).containsExactly("13.3", "15.4");
        IndicatorResult ehealth = j.unmet().get(1);
        assertThat(ehealth.thresholdKey()).isEqualTo("TDMNPB");
        assertThat(ehealth.thresholdValue()).isEqualByComparingTo("50");
        assertThat(ehealth.gap()).isEqualByComparingTo("30");
        assertThat(j.criteria())
                .extracting(CriterionResult::status)
                .containsExactly(
                        IndicatorStatus.NOT_EVALUATED,
                        IndicatorStatus.MET,
                        IndicatorStatus.NOT_MET,
                        IndicatorStatus.NOT_MET);
        IndicatorResult stunting = j.indicators().get(3);
        assertThat(stunting.thresholdValue()).as("TDMNPB ceiling, not BTB's 25").isEqualByComparingTo("24");
    }

    @Test
    void without_the_flag_the_same_commune_is_judged_on_its_own_region_and_15_4_has_no_threshold_there() {
        UnitJudgement j =
                UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2024, false, "BTB"), thuongLo("54.1", "20"));
        assertThat(j.context().effectiveKey()).isEqualTo(new EffectiveKey("BTB", EffectiveKey.Reason.REGION));
        IndicatorResult ehealth = j.indicators().get(4);
        assertThat(ehealth.status()).isEqualTo(IndicatorStatus.NOT_CONFIGURED);
        assertThat(j.indicators().get(3).thresholdValue()).isEqualByComparingTo("25");
        assertThat(j.criteria().get(3).status()).isEqualTo(IndicatorStatus.NOT_CONFIGURED);
        assertThat(j.count(IndicatorStatus.NOT_CONFIGURED)).isEqualTo(1);
        assertThat(j.unmet()).extracting(IndicatorResult::code).containsExactly("13.3");
        assertThat(j.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void the_income_threshold_of_the_year_is_used_from_the_overlay() {
        UnitJudgement y2024 =
                UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2024, true, "BTB"), thuongLo("46", "60"));
        UnitJudgement y2025 =
                UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2025, true, "BTB"), thuongLo("46", "60"));
        UnitJudgement y2021 =
                UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2021, true, "BTB"), thuongLo("46", "60"));
        assertThat(y2024.indicators().get(1).status()).isEqualTo(IndicatorStatus.MET);
        assertThat(y2024.indicators().get(1).thresholdValue()).isEqualByComparingTo("45");
        assertThat(y2025.indicators().get(1).status()).isEqualTo(IndicatorStatus.NOT_MET);
        assertThat(y2025.indicators().get(1).gap()).isEqualByComparingTo("2");
        assertThat(y2021.indicators().get(1).status())
                .as("no threshold for 2021 anywhere")
                .isEqualTo(IndicatorStatus.NOT_CONFIGURED);
    }

    @Test
    void an_overlay_threshold_for_the_key_wins_over_the_national_one() {
        List<Threshold> overlay = new ArrayList<>(OVERLAY);
        overlay.add(overlay(24, 5, "TDMNPB", null, "15"));
        UnitJudgement j =
                UnitJudgement.judge(20185, SET, NATIONAL, overlay, context(2024, true, "BTB"), thuongLo("54.1", "20"));
        IndicatorResult ehealth = j.indicators().get(4);
        assertThat(ehealth.status()).isEqualTo(IndicatorStatus.MET);
        assertThat(ehealth.thresholdValue()).isEqualByComparingTo("15");
        assertThat(ehealth.fromOverlay()).isTrue();
        assertThat(j.metCount()).isEqualTo(3);
    }

    @Test
    void a_unit_meets_the_standard_when_every_criterion_is_met_or_not_evaluated() {
        Map<Long, EnteredValue> values = thuongLo("54.1", "60");
        values.put(I_13_3.id(), EnteredValue.judged(true));
        UnitJudgement j = UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2024, true, "BTB"), values);
        assertThat(j.verdict()).isEqualTo(Verdict.MEETS);
        assertThat(j.metCount()).isEqualTo(4);
        assertThat(j.unmet()).isEmpty();
        assertThat(SET.bucketOf(j.metCount()).orElseThrow().labelVi()).isEqualTo("Đạt 4 tiêu chí");
    }

    @Test
    void a_unit_with_nothing_unmet_but_missing_data_or_thresholds_is_incomplete_not_failed() {
        Map<Long, EnteredValue> values = thuongLo("54.1", "60");
        values.put(I_13_3.id(), EnteredValue.judged(true));
        values.remove(I_10.id());
        UnitJudgement noData = UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2024, true, "BTB"), values);
        assertThat(noData.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(noData.metCount()).isEqualTo(3);
        assertThat(noData.count(IndicatorStatus.NO_DATA)).isEqualTo(1);
        values.put(I_10.id(), EnteredValue.number(d("54.1")));
        UnitJudgement notConfigured =
                UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2024, false, "BTB"), values);
        assertThat(notConfigured.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(notConfigured.count(IndicatorStatus.NOT_CONFIGURED)).isEqualTo(1);
    }

    @Test
    void a_unit_without_any_value_has_no_data_everywhere_and_no_verified_values() {
        UnitJudgement j = UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2024, true, "BTB"), Map.of());
        assertThat(j.metCount()).isZero();
        assertThat(j.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(j.count(IndicatorStatus.NO_DATA)).isEqualTo(5);
        assertThat(j.unverifiedValues()).isZero();
    }

    @Test
    void the_unit_counts_unverified_values_and_unverified_thresholds_it_rests_on() {
        Map<Long, EnteredValue> values = thuongLo("54.1", "20");
        values.put(I_15_4.id(), values.get(I_15_4.id()).asVerified());
        UnitJudgement j = UnitJudgement.judge(20185, SET, NATIONAL, OVERLAY, context(2024, true, "BTB"), values);
        assertThat(j.unverifiedValues()).isEqualTo(4);
        assertThat(j.unverifiedThresholds())
                .as("the demo overlay's income threshold")
                .isEqualTo(1);
    }

    record UnitCase(List<List<IndicatorStatus>> criteria) {}

    @Test
    void property_the_verdict_and_met_count_follow_the_criteria() {
        Properties.Generator<UnitCase> cases = random ->
                new UnitCase(Properties.lists(Properties.lists(Properties.oneOf(IndicatorStatus.values()), 1, 4), 1, 19)
                        .next(random));
        Properties.forAll(17L, 2000, cases, c -> {
            List<CriterionResult> criteria = new ArrayList<>();
            long id = 1;
            for (int n = 0; n < c.criteria().size(); n++) {
                List<IndicatorResult> results = new ArrayList<>();
                for (IndicatorStatus s : c.criteria().get(n)) {
                    results.add(result(id++, s));
                }
                criteria.add(
                        new CriterionResult(n + 1, "Tiêu chí " + (n + 1), CriterionResult.statusOf(results), results));
            }
            UnitJudgement j = new UnitJudgement(1, 1, "X", context(2024, false, "BTB"), criteria);
            long met = c.criteria().stream()
                    .filter(l -> l.stream().allMatch(IndicatorStatus::countsAsMet))
                    .count();
            assertThat(j.metCount()).isEqualTo(met);
            boolean anyUnmet = c.criteria().stream().anyMatch(l -> l.contains(IndicatorStatus.NOT_MET));
            Verdict expected =
                    met == c.criteria().size() ? Verdict.MEETS : anyUnmet ? Verdict.NOT_MET : Verdict.INCOMPLETE;
            assertThat(j.verdict()).isEqualTo(expected);
            assertThat(j.unmet())
                    .allMatch(r -> r.status() == IndicatorStatus.NOT_MET)
                    .hasSize((int) c.criteria().stream()
                            .flatMap(List::stream)
                            .filter(s -> s == IndicatorStatus.NOT_MET)
                            .count());
        });
    }

    // --- what a user typed -------------------------------------------------------------------------------------

    static final Indicator PERCENT = measured(1, 15, "15.1", Comparison.GE);
    static final Indicator AREA = IndicatorBuilder.measured("17.4")
            .id(9)
            .text("Đất cây xanh")
            .measureUnit("m²/người")
            .range("0", null)
            .build();
    static final Indicator JUDGED = qualitative(3, 13, "13.3");

    static EnteredValue read(Indicator indicator, String value) {
        return ValueInput.of(value).read(indicator);
    }

    static void refused(ThrowingCallable call, String field, String key, Object... args) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).containsExactly(args);
        });
    }

    @Test
    void a_number_is_read_in_vietnamese_or_international_form() {
        assertThat(read(PERCENT, "20,5").number()).isEqualByComparingTo("20.5");
        assertThat(read(PERCENT, "20.5").number()).isEqualByComparingTo("20.5");
        assertThat(read(PERCENT, " 95 ").number()).isEqualByComparingTo("95");
        assertThat(read(PERCENT, "20%").number()).isEqualByComparingTo("20");
        assertThat(read(AREA, "1.044.000,5").number()).isEqualByComparingTo("1044000.5");
    }

    @Test
    void a_percentage_may_be_0_or_100_but_not_above_100() {
        assertThat(read(PERCENT, "0").number()).isEqualByComparingTo("0");
        assertThat(read(PERCENT, "100").number()).isEqualByComparingTo("100");
        refused(() -> read(PERCENT, "100,5"), "value", "assessment.error.aboveMax", d("100.5"), "15.1", d("100"), "%");
    }

    @Test
    void a_negative_value_is_refused_where_the_minimum_is_zero() {
        refused(
                () -> read(AREA, "-3"),
                "value",
                "assessment.error.belowMin",
                d("-3"),
                "17.4",
                BigDecimal.ZERO,
                "m²/người");
        refused(
                () -> read(PERCENT, "-0,5"),
                "value",
                "assessment.error.belowMin",
                d("-0.5"),
                "15.1",
                BigDecimal.ZERO,
                "%");
    }

    @Test
    void text_that_is_not_a_number_is_refused_for_a_measured_indicator() {
        refused(() -> read(PERCENT, "20.5.3"), "value", "assessment.error.notNumber", "20.5.3", "15.1");
        refused(() -> read(PERCENT, "abc"), "value", "assessment.error.notNumber", "abc", "15.1");
    }

    @Test
    void an_empty_value_is_refused_and_the_message_points_to_not_evaluated() {
        refused(() -> read(PERCENT, ""), "value", "assessment.error.empty", "15.1");
        refused(() -> read(JUDGED, "   "), "value", "assessment.error.empty", "13.3");
        refused(() -> read(JUDGED, null), "value", "assessment.error.empty", "13.3");
    }

    @Test
    void dat_for_a_measured_indicator_asks_for_a_number_in_its_unit() {
        refused(() -> read(PERCENT, "Đạt"), "value", "assessment.error.measuredNeedsNumber", "15.1", "Đạt", "%");
        refused(
                () -> read(AREA, "không đạt"),
                "value",
                "assessment.error.measuredNeedsNumber",
                "17.4",
                "không đạt",
                "m²/người");
    }

    @Test
    void a_qualitative_indicator_takes_dat_or_khong_dat_with_or_without_diacritics() {
        assertThat(read(JUDGED, "Đạt").met()).isTrue();
        assertThat(read(JUDGED, "dat").met()).isTrue();
        assertThat(read(JUDGED, "Không đạt").met()).isFalse();
        assertThat(read(JUDGED, "KHONG DAT").met()).isFalse();
        assertThat(read(JUDGED, "Đạt").number()).isNull();
    }

    @Test
    void a_number_for_a_qualitative_indicator_is_refused_and_so_is_other_text() {
        refused(() -> read(JUDGED, "95"), "value", "assessment.error.qualitativeNumber", "95", "13.3");
        refused(() -> read(JUDGED, "20,5"), "value", "assessment.error.qualitativeNumber", "20,5", "13.3");
        refused(() -> read(JUDGED, "tốt"), "value", "assessment.error.qualitativeText", "tốt", "13.3");
    }

    @Test
    void not_evaluated_needs_a_reason_and_then_ignores_the_value() {
        refused(
                () -> new ValueInput(null, true, null, null, null, null).read(PERCENT),
                "reason",
                "assessment.error.reasonRequired",
                "15.1");
        refused(
                () -> new ValueInput("95", true, "  ", null, null, null).read(PERCENT),
                "reason",
                "assessment.error.reasonRequired",
                "15.1");
        EnteredValue value = new ValueInput("abc", true, "  Xã không có chợ  ", null, null, null).read(JUDGED);
        assertThat(value.notEvaluated()).isTrue();
        assertThat(value.notEvaluatedReason()).isEqualTo("Xã không có chợ");
        assertThat(value.number()).isNull();
        assertThat(value.met()).isNull();
    }

    @Test
    void property_any_percentage_written_with_a_comma_or_a_point_is_read_as_the_same_number_within_0_to_100() {
        Properties.forAll(100L, 2000, Properties.decimals("-50", "150", 2), n -> {
            String international = n.toPlainString();
            String vietnamese = international.replace('.', ',');
            boolean inRange = n.signum() >= 0 && n.compareTo(d("100")) <= 0;
            if (inRange) {
                assertThat(read(PERCENT, international).number()).isEqualByComparingTo(n);
                assertThat(read(PERCENT, vietnamese).number()).isEqualByComparingTo(n);
            } else {
                assertThatThrownBy(() -> read(PERCENT, vietnamese)).isInstanceOf(BadInputException.class);
            }
        });
    }
}
