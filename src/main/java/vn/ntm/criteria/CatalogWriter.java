package vn.ntm.criteria;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL that writes indicators and thresholds with their provenance: {@code enteredBy} null for what the product
 * ships, the user otherwise. Updates of a person's edit carry the version they read, so a concurrent edit is
 * caught (0 rows).
 */
@Repository
class CatalogWriter {

    private final JdbcClient jdbc;

    CatalogWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertIndicator(long setId, IndicatorContent c, int sort, String enteredBy) {
        return jdbc.sql("""
                        insert into indicator (set_id, criterion_id, code, text_vi, text_en, measure_unit, kind,
                            comparison, min_value, max_value, wording_verified, note, sort, entered_by, entered_at,
                            source_document, source_article, source_date, source_url)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end, ?, ?, ?, ?)
                        returning id""")
                .params(
                        setId,
                        c.criterionId(),
                        c.code(),
                        c.textVi(),
                        c.textEn(),
                        c.measureUnit(),
                        c.kind().name(),
                        c.comparison() == null ? null : c.comparison().name(),
                        c.minValue(),
                        c.maxValue(),
                        c.wordingVerified(),
                        c.note(),
                        sort,
                        enteredBy,
                        enteredBy != null,
                        c.source().document(),
                        c.source().article(),
                        date(c.source()),
                        c.source().url())
                .query(Long.class)
                .single();
    }

    /** Writes the content; with {@code version} only if the row still has it. Returns whether a row changed. */
    boolean updateIndicator(long id, Integer version, IndicatorContent c, String enteredBy) {
        return jdbc.sql("""
                        update indicator set criterion_id = ?, code = ?, text_vi = ?, text_en = ?, measure_unit = ?,
                            kind = ?, comparison = ?, min_value = ?, max_value = ?, wording_verified = ?, note = ?,
                            entered_by = ?, entered_at = case when ? then now() end, source_document = ?,
                            source_article = ?, source_date = ?, source_url = ?, version = version + 1
                        where id = ? and (cast(? as integer) is null or version = ?)""")
                        .params(
                                c.criterionId(),
                                c.code(),
                                c.textVi(),
                                c.textEn(),
                                c.measureUnit(),
                                c.kind().name(),
                                c.comparison() == null ? null : c.comparison().name(),
                                c.minValue(),
                                c.maxValue(),
                                c.wordingVerified(),
                                c.note(),
                                enteredBy,
                                enteredBy != null,
                                c.source().document(),
                                c.source().article(),
                                date(c.source()),
                                c.source().url(),
                                id,
                                version,
                                version)
                        .update()
                == 1;
    }

    /** A change to an indicator's thresholds only: its version moves (so concurrent edits are caught), not its author. */
    boolean bumpIndicator(long id, int version) {
        return jdbc.sql("update indicator set version = version + 1 where id = ? and version = ?")
                        .params(id, version)
                        .update()
                == 1;
    }

    /** Whether values or change requests use the indicator: then it cannot be removed. */
    boolean inUse(long indicatorId) {
        return jdbc.sql("""
                        select exists (select 1 from assessment_indicator_use_view where indicator_id = ?)""").param(indicatorId).query(Boolean.class).single();
    }

    boolean deleteIndicator(long id, Integer version) {
        return jdbc.sql("delete from indicator where id = ? and (cast(? as integer) is null or version = ?)")
                        .params(id, version, version)
                        .update()
                == 1;
    }

    void deleteCriterion(long setId, int number) {
        jdbc.sql("delete from criterion where set_id = ? and number = ?")
                .params(setId, number)
                .update();
    }

    long insertThreshold(long indicatorId, Long overlayId, ThresholdContent t, String enteredBy) {
        return jdbc.sql("""
                        insert into threshold (indicator_id, overlay_id, key, year, value, source, verified,
                            entered_by, entered_at, source_article, source_date, source_url)
                        values (?, ?, ?, ?, ?, ?, ?, ?, case when ? then now() end, ?, ?, ?) returning id""")
                .params(
                        indicatorId,
                        overlayId,
                        t.key(),
                        t.year(),
                        t.value(),
                        t.source().document(),
                        t.verified(),
                        enteredBy,
                        enteredBy != null,
                        t.source().article(),
                        date(t.source()),
                        t.source().url())
                .query(Long.class)
                .single();
    }

    /** Writes the value and source; with {@code version} only if the row still has it. */
    boolean updateThreshold(long id, Integer version, ThresholdContent t, String enteredBy) {
        return jdbc.sql("""
                        update threshold set value = ?, source = ?, verified = ?, entered_by = ?,
                            entered_at = case when ? then now() end, source_article = ?, source_date = ?,
                            source_url = ?, version = version + 1
                        where id = ? and (cast(? as integer) is null or version = ?)""")
                        .params(
                                t.value(),
                                t.source().document(),
                                t.verified(),
                                enteredBy,
                                enteredBy != null,
                                t.source().article(),
                                date(t.source()),
                                t.source().url(),
                                id,
                                version,
                                version)
                        .update()
                == 1;
    }

    boolean deleteThreshold(long id, Integer version) {
        return jdbc.sql("delete from threshold where id = ? and (cast(? as integer) is null or version = ?)")
                        .params(id, version, version)
                        .update()
                == 1;
    }

    /** A person changed the set: the next import of any file is compared afresh. */
    void contentChangedByHand(String table, long id) {
        jdbc.sql("update " + table + " set content_hash = '' where id = ?")
                .param(id)
                .update();
    }

    /** Orders the set's indicators by criterion, then by code as numbers ("5.2" before "5.10"). */
    void resort(long setId) {
        record Row(long id, int criterion, String code) {}
        List<Row> rows = new ArrayList<>(jdbc.sql("""
                        select i.id, c.number, i.code from indicator i join criterion c on c.id = i.criterion_id
                        where i.set_id = ?""")
                .param(setId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list());
        rows.sort(Comparator.comparingInt(Row::criterion).thenComparing(Row::code, IndicatorCodes.ORDER));
        for (int i = 0; i < rows.size(); i++) {
            jdbc.sql("update indicator set sort = ? where id = ? and sort <> ?")
                    .params(i + 1, rows.get(i).id(), i + 1)
                    .update();
        }
    }

    private static Date date(Citation c) {
        return c.date() == null ? null : Date.valueOf(c.date());
    }
}
