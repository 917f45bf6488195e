package vn.ntm.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far a long upload or apply has come, under an id the page chose before sending the file, so that the page
 * can ask while it waits, whichever instance answers (table {@code exchange_progress}, V17). Each step is
 * committed on its own, outside the apply's transaction, at most a few times a second. Only the user who started
 * the work sees it; entries are forgotten after an hour (by a scheduled clean-up).
 */
@Component
class ExchangeProgress {

    private static final Pattern ID = Pattern.compile("[0-9a-zA-Z-]{8,64}");
    private static final Duration KEEP = Duration.ofHours(1);
    /** Between two recorded steps of the same phase. */
    private static final Duration EVERY = Duration.ofMillis(250);

    /** A phase (READING, CHECKING, APPLYING, DONE), sheet rows done out of the rows the template was issued with. */
    record State(String username, String phase, int done, int total, Instant at) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate apart;
    private final Clock clock;

    ExchangeProgress(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A step of work reporting under an id; a no-op when the caller gave none. */
    Tracker track(String id, String username) {
        if (id == null || !ID.matcher(id).matches()) {
            return new Tracker(null, username);
        }
        return new Tracker(id, username);
    }

    /** Forgets the entries older than an hour; run by {@link ExchangeCleanUp}, not by each upload or apply. */
    int forgetExpired() {
        return jdbc.sql("delete from exchange_progress where at < ?")
                .param(time(Instant.now(clock).minus(KEEP)))
                .update();
    }

    Optional<State> get(String id, String username) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select username, phase, done, total, at from exchange_progress where id = ? and username = ?")
                .params(id, username)
                .query((rs, n) -> new State(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    final class Tracker {
        private final String id;
        private final String username;
        private String phase;
        private Instant recorded;

        private Tracker(String id, String username) {
            this.id = id;
            this.username = username;
        }

        void at(String phase, int done, int total) {
            Instant now = Instant.now(clock);
            if (id == null
                    || phase.equals(this.phase)
                            && done < total
                            && recorded != null
                            && Duration.between(recorded, now).compareTo(EVERY) < 0) {
                return;
            }
            this.phase = phase;
            this.recorded = now;
            apart.executeWithoutResult(status -> jdbc.sql("""
                            insert into exchange_progress (id, username, phase, done, total, at)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (id) do update set username = excluded.username, phase = excluded.phase,
                                done = excluded.done, total = excluded.total, at = excluded.at""")
                    .params(id, username, phase, done, total, time(now))
                    .update());
        }
    }
}
