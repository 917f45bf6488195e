package vn.ntm.document.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.document.RegisterLine;
import vn.ntm.errors.BadInputException;

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi): numbers from 1 in each series, in the order of the
 * issue dates, never reused. A number is taken in the transaction that numbers the document: the series row is
 * locked by the update that counts, so a second issuer of the same series waits for the first to commit and gets
 * the next number, and a rolled-back issue gives its number back with the counter (no gap). A committed number is
 * never given again: nothing counts down, and the table refuses updates and deletes (a trigger).
 */
@Component
public class NumberRegister {

    private final JdbcClient jdbc;
    private final PartyTerms terms;

    NumberRegister(JdbcClient jdbc, PartyTerms terms) {
        this.jdbc = jdbc;
        this.terms = terms;
    }

    /**
     * The series a document of {@code family} ({@code STATE} or {@code PARTY}) numbered on {@code day} is in: a
     * state body's series of the calendar year, a Party body's series in the term covering the day (refused when
     * no term covers it). The one place that chooses, for numbering and for reading a register alike.
     */
    public SeriesKey series(String family, long ownerBodyId, String seriesClass, LocalDate day) {
        if (seriesClass == null || seriesClass.isBlank() || seriesClass.length() > 20) {
            throw new BadInputException("seriesClass", "document.error.seriesClass");
        }
        return SeriesKey.PARTY.equals(family)
                ? SeriesKey.party(ownerBodyId, seriesClass, terms.covering(ownerBodyId, day))
                : SeriesKey.state(ownerBodyId, seriesClass, day);
    }

    /**
     * Takes the next number of the series for a document issued on {@code issuedOn}; {@code display} builds the
     * number and symbol as printed from the number. Refused when the day is before the series' last issue date.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public TakenNumber take(
            SeriesKey key, long documentId, LocalDate issuedOn, IntFunction<String> display, String takenBy) {
        // two first issuers of a series do not collide: one inserts, the other finds the row
        jdbc.sql("""
                insert into document_series (owner_body_id, family, series_class, period_key)
                values (?, ?, ?, ?) on conflict (owner_body_id, series_class, period_key) do nothing""")
                .params(key.ownerBodyId(), key.family(), key.seriesClass(), key.periodKey())
                .update();
        // the update takes the row lock before anything is read: the count is always the committed one
        Optional<long[]> counted = jdbc.sql("""
                        update document_series
                        set last_number = last_number + 1,
                            last_issued_on = greatest(coalesce(last_issued_on, ?), ?)
                        where owner_body_id = ? and series_class = ? and period_key = ?
                          and (last_issued_on is null or last_issued_on <= ?)
                        returning id, last_number""")
                .params(issuedOn, issuedOn, key.ownerBodyId(), key.seriesClass(), key.periodKey(), issuedOn)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        if (counted.isEmpty()) {
            throw new BadInputException("issuedOn", "document.error.issuedBeforeLast", issuedOn, lastIssuedOn(key));
        }
        long seriesId = counted.get()[0];
        int number = (int) counted.get()[1];
        String shown = display.apply(number);
        if (shown == null || shown.isBlank() || shown.length() > 80) {
            throw new IllegalArgumentException("a number as printed of 1 to 80 characters, not " + shown);
        }
        // the primary key (series, number) is the second guard
        jdbc.sql("""
                insert into document_number (series_id, number, document_id, display, issued_on, taken_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(seriesId, number, documentId, shown, issuedOn, takenBy)
                .update();
        return new TakenNumber(seriesId, number, shown);
    }

    /** The number a document took, if any. */
    public Optional<TakenNumber> of(long documentId) {
        return jdbc.sql("select series_id, number, display from document_number where document_id = ?")
                .param(documentId)
                .query((rs, n) -> new TakenNumber(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    /** Every number of one series, in order: the register as printed for a body and a period. */
    public List<RegisterLine> entries(SeriesKey key) {
        return jdbc.sql("""
                        select n.number, n.display, n.issued_on, n.document_id, n.taken_by, d.kind, d.title
                        from document_number n join document_series s on s.id = n.series_id
                        join document d on d.id = n.document_id
                        where s.owner_body_id = ? and s.series_class = ? and s.period_key = ?
                        order by n.number""")
                .params(key.ownerBodyId(), key.seriesClass(), key.periodKey())
                .query((rs, n) -> new RegisterLine(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    private LocalDate lastIssuedOn(SeriesKey key) {
        return jdbc.sql("""
                        select last_issued_on from document_series
                        where owner_body_id = ? and series_class = ? and period_key = ?""")
                .params(key.ownerBodyId(), key.seriesClass(), key.periodKey())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }
}
