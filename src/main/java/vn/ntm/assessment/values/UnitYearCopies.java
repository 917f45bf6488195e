package vn.ntm.assessment.values;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.ntm.db.OneRoundTrip;
import vn.ntm.unit.UnitAttribute;
import vn.ntm.unit.UnitAttributesChanged;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.UnitsChanged;

/**
 * This instance's copies of what a save looks up about its unit for a year before it writes (the unit, the day it
 * is judged on, the unit as it stood then, its province that day) and what its re-judging reads (its attributes that
 * day): an officer saves value after value of one commune-year, and each save read the same facts again, four
 * round trips of the twenty it took.
 *
 * <p>Each copy carries the number of {@code unit_facts_version} (V28) read BEFORE its facts, so a change committed
 * meanwhile leaves the copy behind the number. A save reads the number again with its values, under its lock, and a
 * copy with another number is dropped and the unit looked up afresh; a page reads it before it uses a copy. A change
 * made in this instance drops every copy at once.
 */
@Component
class UnitYearCopies {

    /** About two years of every commune of the country; beyond it the copy used longest ago goes. */
    private static final int LIMIT = 25_000;

    record Key(long unitId, int year) {}

    /** {@code attributes}: null until a save of the unit-year read them (pages do not need them). */
    static final class Copy {
        final long version;
        final UnitView unit;
        final LocalDate date;
        final UnitView then;
        final Long province;
        volatile Map<UnitAttribute, String> attributes;

        Copy(long version, UnitView unit, LocalDate date, UnitView then, Long province) {
            this.version = version;
            this.unit = unit;
            this.date = date;
            this.then = then;
            this.province = province;
        }
    }

    private final JdbcClient jdbc;
    private final Map<Key, Copy> copies = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Copy> eldest) {
            return size() > LIMIT;
        }
    };

    UnitYearCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number as committed now (read it before looking a unit up for a copy). */
    long version() {
        return jdbc.sql("select version from unit_facts_version_view")
                .query(Long.class)
                .single();
    }

    /** Adds the read of the number to the caller's round trip. */
    AtomicLong versionIn(OneRoundTrip trip) {
        AtomicLong version = new AtomicLong(-1);
        trip.query("select version from unit_facts_version_view", rs -> version.set(rs.getLong(1)));
        return version;
    }

    synchronized Copy get(Key key) {
        return copies.get(key);
    }

    synchronized void put(Key key, Copy copy) {
        copies.put(key, copy);
    }

    synchronized void forget(Key key) {
        copies.remove(key);
    }

    synchronized void forgetAll() {
        copies.clear();
    }

    /** Attributes change inside the changing transaction (its re-judging follows): no copy survives it. */
    @EventListener
    void on(UnitAttributesChanged event) {
        forgetAll();
    }

    /** ...nor one made while it ran, were it rolled back. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void afterCompletion(UnitAttributesChanged event) {
        forgetAll();
    }

    /** Units added, renamed, moved or ended here (after the commit). */
    @EventListener
    void on(UnitsChanged event) {
        forgetAll();
    }
}
