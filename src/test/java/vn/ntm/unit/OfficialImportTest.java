package vn.ntm.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.access.SystemActor;

/** The real official lists and the 2025 mapping from ../shared/data, imported as a user would import them. */
@SpringBootTest(properties = {"ntm.embedded-db.data-dir=target/pg-test", "ntm.embedded-db.database=official_test",
        "ntm.embedded-db.fresh=true", "ntm.demo.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficialImportTest {

    static final Path DATA = Path.of("../shared/data");

    @Autowired
    UnitImports imports;

    @Autowired
    UnitListImport lists;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcClient jdbc;

    static List<ImportReport> reports;

    @Test
    @Order(1)
    void the_four_snapshots_and_the_mapping_import_with_the_official_counts() {
        reports = system.run("test", () -> imports.importManifest(DATA.resolve("units-snapshots.json"),
                ImportMode.VALID_ROWS));
        for (ImportReport r : reports) {
            System.out.printf("IMPORT %s: %s in %d ms %s%n", r.fileName(), r.outcome(), r.durationMs(), r.counts());
        }
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
    }

    @Test
    @Order(2)
    void the_mapping_links_all_but_a_few_rows_and_explains_every_unresolved_one() {
        ImportReport mapping = reports.get(4);
        System.out.println("MAPPING " + mapping.counts());
        List<ImportIssue> unresolved = mapping.issues().stream().filter(i -> i.severity().blocksAllOrNothing()).toList();
        unresolved.forEach(i -> System.out.println("UNRESOLVED row " + i.row() + " " + i.name() + ": " + i.reason()));
        assertThat(mapping.counts().get("rows")).isEqualTo(10977);
        assertThat(mapping.counts().get("duplicateRows")).isEqualTo(128);
        // the other duplicates name a link already made by another row (an old commune under its earlier name)
        assertThat(mapping.counts().get("duplicates")).isEqualTo(412);
        assertThat(mapping.counts().get("resolved")).isEqualTo(EXPECTED_RESOLVED);
        assertThat(mapping.counts().get("unresolved")).isEqualTo(EXPECTED_UNRESOLVED);
        assertThat(mapping.counts().get("resolved") + mapping.counts().get("duplicates")
                + mapping.counts().get("unresolved")).isEqualTo(10977);
        assertThat(unresolved).allSatisfy(i -> assertThat(i.reason()).isNotBlank().doesNotContain("{"));
    }

    /** As measured by this import on the real file (see the README's import section). */
    static final int EXPECTED_RESOLVED = 10377;
    static final int EXPECTED_UNRESOLVED = 188;

    @Test
    @Order(3)
    void re_importing_a_snapshot_changes_nothing_and_says_so() throws Exception {
        byte[] latest = Files.readAllBytes(DATA.resolve("vn-units-2026-07.json"));
        long before = jdbc.sql("select count(*) from admin_unit_state").query(Long.class).single();
        ImportReport again = system.run("test", () -> lists.importList("vn-units-2026-07.json", latest,
                LocalDate.of(2026, 4, 30), null, ImportMode.ALL_OR_NOTHING, null, false));
        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.UNCHANGED);
        assertThat(again.message()).startsWith("Không có thay đổi");
        assertThat(jdbc.sql("select count(*) from admin_unit_state").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void seeds_communes_lead_to_their_successors_in_the_real_mapping() {
        assertThat(successorNames("20185", "2025-06-30")).containsExactly("Xã Khe Tre");
        assertThat(successorNames("18721", "2025-06-30")).containsExactly("Xã Cẩm Trung");
        assertThat(successorNames("03405", "2025-06-30")).containsExactly("Xã Tả Lèng");
        assertThat(successorNames("03400", "2025-06-30")).containsExactly("Xã Tả Lèng");
    }

    private List<String> successorNames(String code, String date) {
        return jdbc.sql("""
                        select s.name from admin_unit o join unit_lineage l on l.predecessor_id = o.id
                        join admin_unit_state s on s.unit_id = l.successor_id and s.valid_from = date '2025-07-01'
                        where o.code = ? and o.level = 'COMMUNE' and o.valid_from <= cast(? as date)
                          and (o.valid_to is null or o.valid_to > cast(? as date))""")
                .params(code, date, date).query(String.class).list();
    }

    private long countOn(String level, String date) {
        return jdbc.sql("""
                        select count(*) from admin_unit where level = ? and valid_from <= cast(? as date)
                        and (valid_to is null or valid_to > cast(? as date))""")
                .params(level, date, date).query(Long.class).single();
    }

    private static void assertCounts(ImportReport report, int provinces, int districts, int communes) {
        assertThat(report.outcome()).as(report.fileName() + " " + report.message()).isEqualTo(ImportReport.Outcome.APPLIED);
        assertThat(report.counts().getOrDefault("province", 0)).isEqualTo(provinces);
        assertThat(report.counts().getOrDefault("district", 0)).isEqualTo(districts);
        assertThat(report.counts().getOrDefault("commune", 0)).isEqualTo(communes);
        assertThat(report.issueCount(ImportIssue.Severity.ERROR)).isZero();
    }
}
