package vn.ntm.assessment.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.errors.ConflictException;

/**
 * Two deciders on one change request: the leader reads it waiting, another leader rejects it meanwhile; the
 * first one's approval is refused as already decided, and the rejection stands, never overwritten.
 */
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=request_race",
            "ntm.embedded-db.fresh=true"
        })
class ChangeRequestDecisionRaceTest {

    @Autowired
    ChangeRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_decision_taken_meanwhile_by_someone_else_is_not_overwritten_and_the_later_one_is_refused() {
        long id = jdbc.sql("""
                        insert into value_change_request (unit_id, set_id, indicator_id, year, numeric_value, reason,
                            requested_by)
                        select (select max(u.id) from admin_unit u where u.code = '20161'), s.id, i.id, 2025, 40,
                            'Bổ sung số liệu sau khi khóa sổ', 'xa.khetre'
                        from criteria_set s join indicator i on i.set_id = s.id
                        where s.code = 'NTM-XA-2021-2025' and i.code = '15.4'
                        returning id""").query(Long.class).single();
        ChangeRequest read = ChangeRequest.of(requests.find(id).orElseThrow());
        assertThat(read.state()).isEqualTo(ChangeRequestState.PENDING);
        jdbc.sql("""
                        update value_change_request set state = 'REJECTED', decided_by = 'lanhdao2.khetre',
                            decided_at = now(), decision_note = 'Không cần' where id = ?""").param(id).update();

        assertThatThrownBy(() -> requests.save(read, read.approve("lanhdao.khetre", "Đồng ý", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("assessment.error.requestDecided");
                    assertThat(e.args()).containsExactly(id, ChangeRequestState.REJECTED);
                });
        ChangeRequests.Request now = requests.find(id).orElseThrow();
        assertThat(now.state()).isEqualTo(ChangeRequestState.REJECTED);
        assertThat(now.decidedBy()).isEqualTo("lanhdao2.khetre");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = ? and entity_id = ?")
                        .params(ChangeRequests.ENTITY, id)
                        .query(Long.class)
                        .single())
                .as("no approval audited")
                .isZero();
    }
}
