package vn.ntm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.access.SystemActor;
import vn.ntm.testing.NtmTest;

/** Bulk audit rows go through COPY: every character survives, nulls stay null, and a rollback takes them back. */
@NtmTest
@TestPropertySource(properties = {"ntm.embedded-db.database=audit_test", "ntm.demo.enabled=false"})
class BulkAuditTest {

    @Autowired
    AuditLog audit;

    @Autowired
    SystemActor system;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void tabs_newlines_backslashes_vietnamese_text_and_nulls_are_stored_exactly() {
        String awkward = "Tỷ lệ\t20,5%\nđến \\ 30/4/2026\r";
        system.run(
                "bulk.test",
                () -> transactions.executeWithoutResult(t -> audit.recordAll(List.of(
                        Change.updated("bulk_test", 1, null)
                                .field("value", null, awkward)
                                .reason("nhập từ Excel, dòng 2"),
                        Change.created("bulk_test", 2, 7L)))));
        List<AuditEntry> first = system.run("bulk.test", () -> audit.history("bulk_test", 1));
        assertThat(first).singleElement().satisfies(e -> {
            assertThat(e.newValue()).isEqualTo(awkward);
            assertThat(e.oldValue()).isNull();
            assertThat(e.unitId()).isNull();
            assertThat(e.actor()).isEqualTo("bulk.test");
            assertThat(e.reason()).isEqualTo("nhập từ Excel, dòng 2");
        });
        assertThat(system.run("bulk.test", () -> audit.history("bulk_test", 2)))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("CREATE"));
    }

    @Test
    void more_rows_than_one_copy_holds_are_all_written_and_a_rollback_writes_none() {
        List<Change> many = new ArrayList<>();
        for (int i = 0; i < 120_000; i++) {
            many.add(Change.updated("bulk_many", i, null).field("value", i, i + 1));
        }
        system.run("bulk.test", () -> transactions.executeWithoutResult(t -> audit.recordAll(many)));
        assertThat(system.run("bulk.test", () -> audit.history("bulk_many", 119_999)))
                .hasSize(1);

        List<Change> rolledBack =
                List.of(Change.updated("bulk_rollback", 1, null).field("value", 1, 2));
        system.run(
                "bulk.test",
                () -> transactions.executeWithoutResult(t -> {
                    audit.recordAll(rolledBack);
                    t.setRollbackOnly();
                }));
        assertThat(system.run("bulk.test", () -> audit.history("bulk_rollback", 1)))
                .isEmpty();
    }
}
