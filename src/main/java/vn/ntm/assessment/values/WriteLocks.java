package vn.ntm.assessment.values;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;
import vn.ntm.db.OneRoundTrip;
import vn.ntm.db.TransactionScoped;

/**
 * One writer at a time per unit-year of a set. Every transaction that writes a unit-year's values or judgement
 * results first takes these transaction-scoped advisory locks, always in the same order (the set-year, then the
 * units by key), before it reads what it will change: two saves of one commune then re-judge one after the other,
 * each from the other's committed values, instead of racing on the result rows (deadlocks, duplicate keys, a
 * judgement that missed the other's value).
 *
 * <p>A small batch takes the set-year lock shared and one lock per unit, so communes and provinces write side by
 * side. A batch of more than {@link #PER_UNIT_LIMIT} units (a national sheet, a threshold change) takes the set-year
 * lock alone, exclusively: PostgreSQL's lock table has room for a few thousand locks in all, not one per commune of
 * the country. A writer waits at most {@code ntm.writes.lock-wait}; then PostgreSQL refuses (lock timeout) and the
 * caller is told to try again.
 */
@Component
@EnableConfigurationProperties(WriteLocks.Settings.class)
public class WriteLocks {

    static final int PER_UNIT_LIMIT = 500;

    @ConfigurationProperties("ntm.writes")
    record Settings(@DefaultValue("10s") Duration lockWait) {}

    private final JdbcOperations template;
    private final Settings settings;
    private final TransactionScoped<Held> held = new TransactionScoped<>(Held::new);

    WriteLocks(JdbcOperations template, Settings settings) {
        this.template = template;
        this.settings = settings;
    }

    /**
     * Takes the locks of these units of the set and year until the transaction ends, in one round trip. Locks this
     * transaction already holds are not asked for again: a save locks before it reads, and its re-judging, which
     * locks the same unit-year, then costs nothing.
     */
    public void lock(long setId, int year, Collection<Long> unitIds) {
        OneRoundTrip trip = new OneRoundTrip(template);
        lockIn(trip, setId, year, unitIds);
        trip.run();
    }

    /**
     * Like {@link #lock}, as the first statement of a round trip the caller sends: the statements after it in the
     * trip run once the locks are held, and read what the locks' last holders committed.
     */
    public void lockIn(OneRoundTrip trip, long setId, int year, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        Held held = this.held.current().orElseGet(Held::new);
        long setYear = key(setId, year, 0);
        if (held.exclusive.contains(setYear)) {
            return;
        }
        String timeout = settings.lockWait().toMillis() + "ms";
        if (unitIds.size() > PER_UNIT_LIMIT) {
            // each step reads the row of the one before: the timeout is set before the lock is asked for
            trip.query("""
                            with timeout as (select set_config('lock_timeout', ?, true))
                            select pg_advisory_xact_lock(?::int, ?::int) from timeout""", rs -> {}, timeout, setId, year);
            // a failed trip fails the transaction, which forgets what it held
            held.exclusive.add(setYear);
            return;
        }
        Long[] keys = unitIds.stream()
                .map(u -> key(setId, year, u))
                .filter(k -> !held.units.contains(k))
                .distinct()
                .sorted()
                .toArray(Long[]::new);
        if (keys.length == 0) {
            return; // held since the call that took them, with the set-year lock
        }
        // each step reads the row of the one before, so the timeout is set, then the set-year lock taken shared,
        // then each unit's (a cross join is a nested loop: the array's sorted order, so every writer locks its units
        // in one order)
        trip.query("""
                        with timeout as (select set_config('lock_timeout', ?, true)),
                        set_year as (select pg_advisory_xact_lock_shared(?::int, ?::int) from timeout)
                        select pg_advisory_xact_lock(k) from set_year, unnest(?::bigint[]) as k""", rs -> {}, timeout, setId, year, keys);
        held.shared.add(setYear);
        held.units.addAll(List.of(keys));
    }

    /** The locks this transaction took: PostgreSQL keeps them until it ends, so does this record. */
    private static final class Held {
        private final Set<Long> exclusive = new HashSet<>();
        private final Set<Long> shared = new HashSet<>();
        private final Set<Long> units = new HashSet<>();
    }

    /** Set, year and unit in one bigint; a rare collision only makes two writers wait for each other. */
    static long key(long setId, int year, long unitId) {
        return ((setId & 0xFFFFL) << 48) | ((year & 0xFFFFL) << 32) | (unitId & 0xFFFFFFFFL);
    }
}
