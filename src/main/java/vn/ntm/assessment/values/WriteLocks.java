package vn.ntm.assessment.values;

import java.time.Duration;
import java.util.Collection;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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

    private final JdbcClient jdbc;
    private final Settings settings;

    WriteLocks(JdbcClient jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Takes the locks of these units of the set and year until the transaction ends (again: no cost, no wait). */
    public void lock(long setId, int year, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return;
        }
        jdbc.sql("select set_config('lock_timeout', ?, true)")
                .param(settings.lockWait().toMillis() + "ms")
                .query(String.class)
                .single();
        if (unitIds.size() > PER_UNIT_LIMIT) {
            jdbc.sql("select pg_advisory_xact_lock(?::int, ?::int)")
                    .params(setId, year)
                    .query(rs -> {});
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock_shared(?::int, ?::int)")
                .params(setId, year)
                .query(rs -> {});
        Long[] keys = unitIds.stream()
                .map(u -> key(setId, year, u))
                .distinct()
                .sorted()
                .toArray(Long[]::new);
        // unnest keeps the array's (sorted) order, so every writer takes its unit locks in one order
        jdbc.sql("select pg_advisory_xact_lock(k) from unnest(?::bigint[]) as k")
                .param(keys)
                .query(rs -> {});
    }

    /** Set, year and unit in one bigint; a rare collision only makes two writers wait for each other. */
    static long key(long setId, int year, long unitId) {
        return ((setId & 0xFFFFL) << 48) | ((year & 0xFFFFL) << 32) | (unitId & 0xFFFFFFFFL);
    }
}
