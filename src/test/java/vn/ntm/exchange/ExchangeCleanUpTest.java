package vn.ntm.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The progress of finished uploads and applies is forgotten by the scheduled clean-up after an hour, and no longer
 * by each upload or apply: starting to track one leaves the others' entries alone. (The set-up of
 * {@link ExchangePagesTest}, so the two share one application context.)
 */
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=exchange_pages",
            "ntm.embedded-db.fresh=true",
            "ntm.exchange.directory=target/exchange-pages"
        })
@AutoConfigureMockMvc
class ExchangeCleanUpTest {

    @Autowired
    ExchangeProgress progress;

    @Autowired
    ExchangeCleanUp cleanUp;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_hour_old_progress_is_forgotten_by_the_clean_up_and_not_by_the_next_upload() {
        OffsetDateTime now = OffsetDateTime.now();
        insert("cleanup-old-0001", now.minusMinutes(61));
        insert("cleanup-new-0001", now.minusMinutes(5));

        progress.track("cleanup-next-0001", "xa.khetre").at("READING", 0, 10);
        assertThat(ids()).contains("cleanup-old-0001", "cleanup-new-0001", "cleanup-next-0001");

        cleanUp.forgetExpiredProgress();
        assertThat(ids()).doesNotContain("cleanup-old-0001").contains("cleanup-new-0001", "cleanup-next-0001");
    }

    private void insert(String id, OffsetDateTime at) {
        jdbc.sql("insert into exchange_progress (id, username, phase, done, total, at) values (?, ?, ?, ?, ?, ?)")
                .params(id, "xa.khetre", "DONE", 10, 10, at)
                .update();
    }

    private List<String> ids() {
        return jdbc.sql("select id from exchange_progress where id like 'cleanup-%'")
                .query(String.class)
                .list();
    }
}
