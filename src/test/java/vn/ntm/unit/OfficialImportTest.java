package vn.ntm.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.SystemActor;
import vn.ntm.errors.ConflictException;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;
import vn.ntm.testing.NtmTest;

/**
 * The real official lists and the 2025 mapping from ../shared/data, imported with the one manifest command of
 * docs/unit-import.md in its default mode ("all or nothing"), as a user would. The expected counts of the mapping come from an
 * analysis of the files independent of this code (see docs/unit-import.md); the test re-derives what it can
 * from the file itself (its rows, its exact repeats) and checks that every row left unresolved really has no
 * candidate.
 */
@NtmTest
@TestPropertySource(properties = {"ntm.embedded-db.database=official_test", "ntm.demo.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficialImportTest {

    static final Path DATA = OfficialData.dir();

    /** Rows of the mapping whose old and new commune are identified without a choice between candidates. */
    static final int LINKED = 10_707;
    /** Distinct old → new pairs among them (the other 314 rows repeat a pair of another row). */
    static final int LINKS = 10_393;
    /** Rows naming an old commune no list holds (137) or no old commune at all (5, the island districts). */
    static final int UNRESOLVED = 142;

    static final Map<String, Integer> RULES = Map.ofEntries(
            Map.entry("OLD_CODE", 10_029),
            Map.entry("OLD_CODE_STATE_FARM", 5),
            Map.entry("OLD_NAME_IN_DISTRICT", 20),
            Map.entry("OLD_EARLIER_NAME", 624),
            Map.entry("OLD_TYPE_CHANGED_IN_DISTRICT", 22),
            Map.entry("OLD_EARLIER_NAME_DISTRICT_CHANGED", 7),
            Map.entry("NEW_CODE", 10_352),
            Map.entry("NEW_CODE_PADDED", 55),
            Map.entry("NEW_NAME_IN_PROVINCE", 300),
            Map.entry("EXACT_DUPLICATE", 128),
            Map.entry("SAME_LINK_AS_OTHER_ROW", 314));

    @Autowired
    UnitImports imports;

    @Autowired
    UnitListImport lists;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    static List<ImportReport> reports;
    static long manifestMs;

    @Test
    @Order(1)
    void the_manifest_imports_the_four_snapshots_and_the_mapping_in_the_default_mode() {
        long start = System.nanoTime();
        reports = system.run(
                "test", () -> imports.importManifest(DATA.resolve("units-snapshots.json"), ImportMode.ALL_OR_NOTHING));
        manifestMs = (System.nanoTime() - start) / 1_000_000;
        for (ImportReport r : reports) {
            System.out.printf("IMPORT %s: %s in %d ms %s%n", r.fileName(), r.outcome(), r.durationMs(), r.counts());
        }
        System.out.println("MANIFEST imported in " + manifestMs + " ms");
        assertThat(reports).hasSize(5);
        assertCounts(reports.get(0), 63, 704, 10472);
        assertCounts(reports.get(1), 63, 696, 10035);
        assertCounts(reports.get(2), 34, 0, 3321);
        assertCounts(reports.get(3), 34, 0, 3321);
        // the manifest speaks of 202 changed names; we also count changes of type (e.g. Thị trấn → Xã) as renames
        assertThat(reports.get(3).counts().get("renamed")).isEqualTo(205);
        assertThat(countOn("COMMUNE", "2025-06-30")).isEqualTo(10035);
        assertThat(countOn("COMMUNE", "2025-07-01")).isEqualTo(3321);
        assertThat(countOn("DISTRICT", "2025-07-01")).isZero();
        assertThat(countOn("PROVINCE", "2024-12-01")).isEqualTo(63);
        ImportReport mapping = reports.get(4);
        assertThat(mapping.outcome()).as(mapping.message()).isEqualTo(ImportReport.Outcome.APPLIED);
        assertThat(mapping.message()).contains("142 dòng chưa xác định");
    }

    @Test
    @Order(2)
    void the_mapping_links_every_row_the_lists_allow_and_counts_each_rule() throws Exception {
        ImportReport mapping = reports.get(4);
        mapping.rules().forEach(r -> System.out.println("RULE " + r.rule() + " " + r.rows() + " " + r.label()));
        List<Map<String, Object>> file = JsonMapper.shared()
                .readValue(DATA.resolve("vn-ward-mapping-2025.json").toFile(), new TypeReference<>() {});
        Set<Map<String, Object>> distinct = new HashSet<>(file);
        assertThat(mapping.counts().get("rows")).isEqualTo(file.size()).isEqualTo(10_977);
        assertThat(mapping.counts().get("duplicateRows"))
                .isEqualTo(file.size() - distinct.size())
                .isEqualTo(128);
        assertThat(mapping.counts().get("linked")).isEqualTo(LINKED);
        assertThat(mapping.counts().get("links")).isEqualTo(LINKS);
        assertThat(mapping.counts().get("unresolved")).isEqualTo(UNRESOLVED);
        assertThat(mapping.counts().get("errors")).isZero();
        assertThat(LINKED + UNRESOLVED + mapping.counts().get("duplicateRows")).isEqualTo(file.size());
        Map<String, Integer> rules = mapping.rules().stream()
                .collect(Collectors.toMap(ImportReport.RuleCount::rule, ImportReport.RuleCount::rows));
        assertThat(rules).isEqualTo(RULES);
        assertThat(mapping.rules())
                .allSatisfy(r -> assertThat(r.label()).isNotBlank().doesNotContain("mapping.rule"));
        // every row counts once for its old commune and once for its new one
        assertThat(sum(rules, "OLD_")).isEqualTo(LINKED);
        assertThat(sum(rules, "NEW_")).isEqualTo(LINKED);
        assertThat(mapping.counts().get("lineageWritten")).isEqualTo(LINKS);
        assertThat(jdbc.sql("select count(*) from unit_lineage l join admin_unit u on u.id = l.predecessor_id "
                                + "where u.level = 'COMMUNE' and l.effective = date '2025-07-01'")
                        .query(Long.class)
                        .single())
                .isEqualTo(LINKS);
        List<ImportIssue> unresolved = mapping.unresolved();
        assertThat(unresolved)
                .hasSize(UNRESOLVED)
                .allSatisfy(i ->
                        assertThat(i.reason()).isNotBlank().doesNotContain("{").doesNotContain("mapping."));
        assertThat(jdbc.sql("select count(*) from unit_mapping_open_row")
                        .query(Long.class)
                        .single())
                .isEqualTo(UNRESOLVED);
    }

    @Test
    @Order(3)
    void every_unresolved_row_names_an_old_commune_no_list_holds_in_its_district() {
        // an independent check: no commune state of any list, in a district of that name of the row's province, has
        // the row's name once its type word is dropped; the five rows without an old commune name none
        List<Map<String, Object>> open = jdbc.sql(
                        "select old_name, old_district, old_province from unit_mapping_open_row")
                .query()
                .listOfRows();
        assertThat(open.stream().filter(r -> r.get("old_name") == null).count()).isEqualTo(5);
        Map<String, Set<Long>> provinces = new HashMap<>();
        jdbc.sql("select distinct s.unit_id, s.name from admin_unit_state s join admin_unit u on u.id = s.unit_id "
                        + "where u.level = 'PROVINCE'")
                .query(rs -> {
                    provinces
                            .computeIfAbsent(MappingNames.province(rs.getString(2)), k -> new HashSet<>())
                            .add(rs.getLong(1));
                });
        record State(String name, String district, long province) {}
        List<State> states = jdbc.sql("""
                        select distinct s.name, ds.name, ds.parent_id from admin_unit_state s
                        join admin_unit u on u.id = s.unit_id and u.level = 'COMMUNE'
                        join admin_unit_state ds on ds.unit_id = s.parent_id
                        where s.valid_from < date '2025-07-01'""")
                .query((rs, n) -> new State(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        for (Map<String, Object> r : open) {
            if (r.get("old_name") == null) {
                continue;
            }
            String bare = MappingNames.bare((String) r.get("old_name"));
            String district = MappingNames.district((String) r.get("old_district"));
            Set<Long> province =
                    provinces.getOrDefault(MappingNames.province((String) r.get("old_province")), Set.of());
            assertThat(province).as(r.toString()).isNotEmpty();
            assertThat(states)
                    .as(r.toString())
                    .noneMatch(x -> MappingNames.bare(x.name()).equals(bare)
                            && MappingNames.district(x.district()).equals(district)
                            && province.contains(x.province()));
        }
    }

    @Test
    @Order(4)
    void the_state_farm_towns_and_the_ward_retyped_before_the_reform_are_linked() {
        for (String code : List.of("04621", "04627", "19246", "19114", "06616")) {
            assertThat(successorNames(code, "2025-06-30")).as(code).hasSize(1);
        }
        assertThat(successorNames("04621", "2025-06-30")).containsExactly("Xã Liên Sơn");
        assertThat(successorNames("19114", "2025-06-30")).containsExactly("Xã Nam Trạch");
        // "Xã Bình Dương" in the mapping is "Phường Bình Dương" (07090) in the lists
        assertThat(successorNames("07090", "2025-06-30")).containsExactly("Phường An Sinh");
    }

    @Test
    @Order(5)
    void seeds_communes_lead_to_their_successors_in_the_real_mapping() {
        assertThat(successorNames("20185", "2025-06-30")).containsExactly("Xã Khe Tre");
        assertThat(successorNames("18721", "2025-06-30")).containsExactly("Xã Cẩm Trung");
        assertThat(successorNames("03405", "2025-06-30")).containsExactly("Xã Tả Lèng");
        assertThat(successorNames("03400", "2025-06-30")).containsExactly("Xã Tả Lèng");
    }

    @Test
    @Order(6)
    void re_running_the_whole_manifest_changes_nothing_and_says_so_for_every_file() {
        long lineage = count("unit_lineage");
        long states = count("admin_unit_state");
        long start = System.nanoTime();
        List<ImportReport> again = system.run(
                "test", () -> imports.importManifest(DATA.resolve("units-snapshots.json"), ImportMode.ALL_OR_NOTHING));
        System.out.println("MANIFEST again in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(again).hasSize(5).allSatisfy(r -> {
            assertThat(r.outcome()).as(r.fileName() + ": " + r.message()).isEqualTo(ImportReport.Outcome.UNCHANGED);
            assertThat(r.message()).startsWith("Không có thay đổi");
        });
        assertThat(again.get(4).counts().get("unresolved")).isEqualTo(UNRESOLVED);
        assertThat(count("unit_lineage")).isEqualTo(lineage);
        assertThat(count("admin_unit_state")).isEqualTo(states);
    }

    @Test
    @Order(7)
    void re_importing_a_snapshot_changes_nothing_and_says_so() throws Exception {
        byte[] latest = Files.readAllBytes(DATA.resolve("vn-units-2026-07.json"));
        long before = count("admin_unit_state");
        ImportReport again = system.run(
                "test",
                () -> lists.importList(
                        "vn-units-2026-07.json",
                        latest,
                        LocalDate.of(2026, 4, 30),
                        null,
                        ImportMode.ALL_OR_NOTHING,
                        null,
                        false));
        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(again.message()).startsWith("Không có thay đổi");
        assertThat(count("admin_unit_state")).isEqualTo(before);
    }

    @Test
    @Order(8)
    void an_older_list_that_differs_from_what_was_imported_for_its_date_is_refused_and_changes_nothing()
            throws Exception {
        String text = Files.readString(DATA.resolve("vn-units-2024-11.json"));
        byte[] changed =
                text.replaceFirst("Phường Phúc Xá", "Phường Phúc Xá Mới").getBytes(StandardCharsets.UTF_8);
        long states = count("admin_unit_state");
        Assertions.assertThatThrownBy(() -> system.run(
                        "test",
                        () -> lists.importList(
                                "vn-units-2024-11.json",
                                changed,
                                LocalDate.of(2024, 11, 1),
                                null,
                                ImportMode.ALL_OR_NOTHING,
                                null,
                                false)))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.import.outOfOrder");
        assertThat(count("admin_unit_state")).isEqualTo(states);
    }

    private static int sum(Map<String, Integer> rules, String prefix) {
        return rules.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<String> successorNames(String code, String date) {
        return jdbc.sql("""
                        select s.name from admin_unit o join unit_lineage l on l.predecessor_id = o.id
                        join admin_unit_state s on s.unit_id = l.successor_id and s.valid_from = date '2025-07-01'
                        where o.code = ? and o.level = 'COMMUNE' and o.valid_from <= cast(? as date)
                          and (o.valid_to is null or o.valid_to > cast(? as date))""").params(code, date, date).query(String.class).list();
    }

    private long countOn(String level, String date) {
        return jdbc.sql("""
                        select count(*) from admin_unit where level = ? and valid_from <= cast(? as date)
                        and (valid_to is null or valid_to > cast(? as date))""").params(level, date, date).query(Long.class).single();
    }

    private static void assertCounts(ImportReport report, int provinces, int districts, int communes) {
        assertThat(report.outcome())
                .as(report.fileName() + " " + report.message())
                .isEqualTo(ImportReport.Outcome.APPLIED);
        assertThat(report.counts().getOrDefault("province", 0)).isEqualTo(provinces);
        assertThat(report.counts().getOrDefault("district", 0)).isEqualTo(districts);
        assertThat(report.counts().getOrDefault("commune", 0)).isEqualTo(communes);
        assertThat(report.issueCount(ImportIssue.Severity.ERROR)).isZero();
    }
}
