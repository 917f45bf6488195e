package vn.ntm.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ntm.criteria.IndicatorDraft.ThresholdDraft;
import vn.ntm.errors.FieldProblem;
import vn.ntm.testing.IndicatorBuilder;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitType;

/** The authoring rules in one line each: ranges, official links, draft checks, unit coverage, owners, code order. */
class AuthoringRulesTest {

    static final SetFileCheck.KeyValues KEYS =
            new SetFileCheck.KeyValues(Set.of("TDMNPB", "DBSH"), Set.of("1", "2", "3"));
    static final Citation DECISION =
            new Citation("Quyết định 51/2025/QĐ-TTg", "Phụ lục I", LocalDate.of(2025, 12, 29), null);

    static CriteriaSet set(List<Indicator> indicators) {
        return new CriteriaSet(
                1,
                "NTM-XA-2026-2030",
                "Bộ 2026",
                null,
                SetLevel.COMMUNE_NTM,
                2026,
                2030,
                "QĐ 51",
                Keying.COMMUNE_GROUP,
                null,
                10,
                47,
                false,
                null,
                false,
                0,
                List.of(),
                List.of(new Criterion(50, 5, "Văn hóa, giáo dục, y tế", null, null, true, indicators)));
    }

    static IndicatorDraft draft(
            String code, String kind, String unit, List<ThresholdDraft> thresholds, Citation source) {
        return new IndicatorDraft(
                5,
                code,
                "Chỉ tiêu thử",
                null,
                kind,
                unit,
                kind.equals("Định lượng") ? "≥" : null,
                "0",
                "100",
                null,
                source,
                thresholds);
    }

    static List<String> problems(DraftCheck.Checked checked) {
        List<String> out = new ArrayList<>();
        for (FieldProblem p : checked.problems()) {
            out.add(p.field() + " " + p.messageKey());
        }
        return out;
    }

    static ThresholdDraft group(String key, Integer year, String value) {
        return new ThresholdDraft(key, year, value, null);
    }

    @Test
    void a_percentage_stays_within_0_and_100_and_a_threshold_within_the_indicators_range() {
        NumberRule percent = NumberLimits.DEFAULTS.ruleFor("%");
        NumberRule money = NumberLimits.DEFAULTS.ruleFor("triệu đồng");
        assertThat(IndicatorRules.threshold("v", "5.1", percent, null, null, new BigDecimal("100")))
                .isEmpty();
        assertThat(IndicatorRules.threshold("v", "5.1", percent, null, null, new BigDecimal("100.5")))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("authoring.error.percent"));
        assertThat(IndicatorRules.threshold(
                        "v", "5.1", money, new BigDecimal("0"), new BigDecimal("50"), new BigDecimal("51")))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("authoring.error.outOfBounds"));
        assertThat(IndicatorRules.threshold("v", "5.1", money, null, null, new BigDecimal("5000")))
                .isEmpty();
        assertThat(IndicatorRules.range(
                        "max", "5.1", NumberLimits.DEFAULTS.ruleFor("km"), new BigDecimal("9"), new BigDecimal("3")))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("authoring.error.minAboveMax"));
        assertThat(IndicatorRules.range("max", "5.1", percent, null, new BigDecimal("120")))
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("authoring.error.percent"));
    }

    @Test
    void a_source_links_only_to_an_official_site() {
        assertThat(IndicatorRules.official("https://vanban.chinhphu.vn/?pageid=27160&docid=212345"))
                .isTrue();
        assertThat(IndicatorRules.official("https://chinhphu.vn/x")).isTrue();
        assertThat(IndicatorRules.official("https://snnptnt.hue.gov.vn/quyet-dinh"))
                .isTrue();
        assertThat(IndicatorRules.official("http://118.69.201.250:801/phap-luat"))
                .isFalse();
        assertThat(IndicatorRules.official("https://thuvienphapluat.vn/van-ban/x"))
                .isFalse();
        assertThat(IndicatorRules.official("https://gov.vn.example.com/")).isFalse();
        assertThat(IndicatorRules.official("ftp://chinhphu.vn/x")).isFalse();
        assertThat(IndicatorRules.link("url", " ")).isEmpty();
    }

    @Test
    void a_draft_names_each_problem_by_its_field() {
        CriteriaSet set = set(List.of());
        DraftCheck.Checked checked = DraftCheck.check(
                set,
                KEYS,
                new IndicatorDraft(
                        9,
                        "5,1",
                        " ",
                        null,
                        "số",
                        "%",
                        null,
                        "abc",
                        "100",
                        null,
                        null,
                        List.of(
                                group("4", null, "90"),
                                group("1", 2031, "90"),
                                group("2", null, "120"),
                                group("3", null, "=80+5"))),
                null,
                Map.of());
        assertThat(problems(checked))
                .containsExactlyInAnyOrder(
                        "criterion authoring.error.criterionUnknown",
                        "code catalog.error.indicatorCode",
                        "textVi authoring.error.textRequired",
                        "kind authoring.error.kind",
                        "minValue catalog.error.number",
                        "threshold:4 catalog.error.thresholdKey",
                        "threshold:1:2031 catalog.error.thresholdYear",
                        "threshold:2 authoring.error.percent",
                        "threshold:3 catalog.error.number");
        DraftCheck.Checked measured = DraftCheck.check(
                set,
                KEYS,
                draft(
                        "5.1",
                        "Định lượng",
                        "%",
                        List.of(
                                group("2", null, "120"),
                                group("3", null, "=80+5"),
                                group("1", null, "90"),
                                group("1", null, "91")),
                        DECISION),
                null,
                Map.of());
        assertThat(problems(measured))
                .containsExactlyInAnyOrder(
                        "threshold:2 authoring.error.percent",
                        "threshold:3 catalog.error.number",
                        "threshold:1 catalog.error.thresholdDuplicate");
        assertThat(problems(DraftCheck.check(
                        set,
                        KEYS,
                        draft("5.1", "Định tính", null, List.of(group("1", null, "90")), DECISION),
                        null,
                        Map.of())))
                .containsExactly("threshold:1 catalog.error.qualitativeThreshold");
    }

    @Test
    void wording_and_thresholds_are_verified_once_a_dated_source_is_given() {
        CriteriaSet set = set(List.of());
        DraftCheck.Checked sourced = DraftCheck.check(
                set,
                KEYS,
                draft("5.1", "Định lượng", "%", List.of(group("2", null, "90,5")), DECISION),
                null,
                Map.of());
        assertThat(sourced.ok()).isTrue();
        assertThat(sourced.content().wordingVerified()).isTrue();
        assertThat(sourced.thresholds()).singleElement().satisfies(t -> {
            assertThat(t.content().value()).isEqualByComparingTo("90.5");
            assertThat(t.content().source()).as("inherits the indicator's").isEqualTo(DECISION);
            assertThat(t.content().verified()).isTrue();
        });
        DraftCheck.Checked undated = DraftCheck.check(
                set,
                KEYS,
                draft(
                        "5.1",
                        "Định lượng",
                        "%",
                        List.of(group("2", null, "90")),
                        new Citation("Quyết định 51/2025/QĐ-TTg", null, null, null)),
                null,
                Map.of());
        assertThat(undated.content().wordingVerified()).isFalse();
        assertThat(undated.thresholds().get(0).content().verified()).isFalse();
        DraftCheck.Checked removal = DraftCheck.check(
                set, KEYS, draft("5.1", "Định lượng", "%", List.of(group("1", null, "")), DECISION), null, Map.of());
        assertThat(removal.thresholds())
                .singleElement()
                .satisfies(t -> assertThat(t.content()).isNull());
    }

    @Test
    void a_code_taken_by_another_indicator_is_refused_but_an_indicator_keeps_its_own() {
        Indicator existing = IndicatorBuilder.measured("5.1")
                .id(7)
                .criterionId(50)
                .text("Có sẵn")
                .sort(1)
                .build();
        CriteriaSet set = set(List.of(existing));
        assertThat(problems(DraftCheck.check(
                        set, KEYS, draft("5.1", "Định lượng", "%", List.of(), DECISION), null, Map.of())))
                .containsExactly("code authoring.error.codeTaken");
        assertThat(DraftCheck.check(set, KEYS, draft("5.1", "Định lượng", "%", List.of(), DECISION), existing, Map.of())
                        .ok())
                .isTrue();
    }

    @Test
    void a_commune_set_covers_xa_and_only_the_types_it_states() {
        CriteriaSet xa = set(List.of());
        assertThat(xa.unitTypes()).containsExactly(UnitType.XA);
        assertThat(xa.coverage().covers(UnitLevel.COMMUNE, UnitType.XA)).isTrue();
        assertThat(xa.coverage().covers(UnitLevel.COMMUNE, UnitType.PHUONG)).isFalse();
        assertThat(xa.coverage().covers(UnitLevel.COMMUNE, UnitType.THI_TRAN)).isFalse();
        assertThat(xa.coverage().covers(UnitLevel.VILLAGE, UnitType.THON)).isFalse();
        UnitCoverage wards =
                new UnitCoverage(UnitLevel.COMMUNE, Set.of(UnitType.XA, UnitType.PHUONG, UnitType.DAC_KHU));
        assertThat(wards.covers(UnitLevel.COMMUNE, UnitType.DAC_KHU)).isTrue();
        assertThat(UnitCoverage.levelOf(SetLevel.MODEL_RESIDENTIAL_AREA)).isEqualTo(UnitLevel.VILLAGE);
        assertThat(UnitCoverage.defaults(SetLevel.VILLAGE))
                .contains(UnitType.THON, UnitType.BAN, UnitType.AP)
                .doesNotContain(UnitType.XA);
        assertThat(UnitCoverage.choices(SetLevel.COMMUNE_NTM))
                .containsExactly(UnitType.XA, UnitType.PHUONG, UnitType.THI_TRAN, UnitType.DAC_KHU);
    }

    @Test
    void the_body_the_province_assigned_owns_a_criterion_and_the_suggestion_is_only_the_default() {
        Criterion health = new Criterion(15, 15, "Y tế", null, "SO_Y_TE", true, List.of());
        Criterion planning = new Criterion(1, 1, "Quy hoạch", null, null, true, List.of());
        List<OwnerAssignment> assigned = List.of(
                new OwnerAssignment(9, 15, 15, "PHONG_VAN_HOA_XA_HOI_XA", Provenance.shipped(Citation.NONE), 0));
        assertThat(OwnerPolicy.owner(health, assigned)).isEqualTo("PHONG_VAN_HOA_XA_HOI_XA");
        assertThat(OwnerPolicy.owner(health, List.of())).isEqualTo("SO_Y_TE");
        assertThat(OwnerPolicy.owner(planning, assigned)).isNull();
    }

    @Test
    void codes_sort_as_numbers() {
        List<String> codes = new ArrayList<>(List.of("5.10", "5.2a", "5.2", "15.1", "5.1", "5.2.1"));
        codes.sort(IndicatorCodes.ORDER);
        assertThat(codes).containsExactly("5.1", "5.2", "5.2.1", "5.2a", "5.10", "15.1");
        assertThat(IndicatorCodes.valid("17.10")).isTrue();
        assertThat(IndicatorCodes.valid("5,1")).isFalse();
    }
}
