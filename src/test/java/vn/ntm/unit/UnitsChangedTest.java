package vn.ntm.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.access.SystemActor;
import vn.ntm.imports.ImportMode;

/**
 * {@link UnitsChanged} on a small official list: one event per import after it committed (the new units, then a
 * renamed commune), none for an import that rolled back.
 */
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=units_changed_test",
            "ntm.embedded-db.fresh=true",
            "ntm.demo.enabled=false"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(UnitsChangedTest.Heard.class)
class UnitsChangedTest {

    static final String LIST = """
            cap,ma,ten,ma_cap_tren
            tinh,97,Tỉnh Thử Nghiệm,
            xa,99901,Xã Một,97
            xa,99902,Xã Hai,97
            """;

    @TestConfiguration
    static class Heard {
        final List<UnitsChanged> events = new CopyOnWriteArrayList<>();
        final List<Long> committedUnits = new CopyOnWriteArrayList<>();

        @Autowired
        JdbcClient jdbc;

        @EventListener
        void on(UnitsChanged event) {
            events.add(event);
            // another thread, so another connection: it sees only what was committed
            committedUnits.add(CompletableFuture.supplyAsync(
                            () -> jdbc.sql("select count(*) from admin_unit where code like '999%'")
                                    .query(Long.class)
                                    .single())
                    .join());
        }
    }

    @Autowired
    UnitListImport lists;

    @Autowired
    Units units;

    @Autowired
    SystemActor system;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Heard heard;

    ImportReport importList(String list, LocalDate effective) {
        return system.run(
                "test",
                () -> lists.importList(
                        "list.csv",
                        list.getBytes(StandardCharsets.UTF_8),
                        effective,
                        "Quyết định thử",
                        ImportMode.ALL_OR_NOTHING,
                        false,
                        false));
    }

    long id(String code) {
        return system.run(
                "test", () -> units.byCode(code, LocalDate.of(2026, 1, 1)).id());
    }

    @Test
    @Order(1)
    void an_import_is_heard_once_after_commit_naming_the_new_units() {
        heard.events.clear();
        assertThat(importList(LIST, LocalDate.of(2025, 7, 1)).outcome()).isEqualTo(ImportReport.Outcome.APPLIED);
        assertThat(heard.events).hasSize(1);
        assertThat(heard.committedUnits).as("heard after commit").containsExactly(2L);
        UnitsChanged event = heard.events.get(0);
        assertThat(event.of(UnitsChanged.Kind.ADDED)).containsExactlyInAnyOrder(id("97"), id("99901"), id("99902"));
        assertThat(event.unitIds()).containsAll(event.of(UnitsChanged.Kind.ADDED));
    }

    @Test
    @Order(2)
    void a_rename_is_heard_naming_the_renamed_commune() {
        heard.events.clear();
        String renamed = LIST.replace("Xã Hai", "Xã Hai Mới");
        assertThat(importList(renamed, LocalDate.of(2025, 10, 1)).outcome()).isEqualTo(ImportReport.Outcome.APPLIED);
        assertThat(heard.events).hasSize(1);
        UnitsChanged event = heard.events.get(0);
        assertThat(event.of(UnitsChanged.Kind.CHANGED)).contains(id("99902")).doesNotContain(id("99901"));
        assertThat(event.of(UnitsChanged.Kind.ADDED)).isEmpty();
        assertThat(system.run("test", () -> units.get(id("99902"))).name()).isEqualTo("Xã Hai Mới");
    }

    @Test
    @Order(3)
    void an_import_rolled_back_is_not_heard() {
        heard.events.clear();
        String renamed = LIST.replace("Xã Hai", "Xã Hai Mới").replace("Xã Một", "Xã Một Khác");
        tx.executeWithoutResult(s -> {
            importList(renamed, LocalDate.of(2026, 1, 1));
            s.setRollbackOnly();
        });
        assertThat(heard.events).isEmpty();
        assertThat(system.run("test", () -> units.get(id("99901"))).name()).isEqualTo("Xã Một");
    }
}
