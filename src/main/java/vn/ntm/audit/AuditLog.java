package vn.ntm.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ntm.db.CopyWriter;
import vn.ntm.db.OneRoundTrip;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.VietnameseDates;

/**
 * Writes and reads the audit log. Callers record inside their own transaction, so a change and its audit entry
 * are stored together or not at all. The table refuses updates and deletes (a trigger), so the log is append-only.
 */
@Service
public class AuditLog {

    private static final String BULK_COLUMNS =
            "actor, entity_type, entity_id, unit_id, action, field, old_value, new_value, reason";

    private final JdbcClient jdbc;
    private final CurrentScope scope;
    private final DataSource dataSource;

    AuditLog(JdbcClient jdbc, CurrentScope scope, DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /**
     * The refusal of an edit made on an older version of a record: the versions, who changed it last and on which
     * day (Vietnam's), so the user knows whom to ask before saving again.
     */
    public ConcurrentEditException staleEdit(String entity, long id, Object asked, Object current) {
        return refusal("error.version.stale", entity, id, asked, current);
    }

    /**
     * The refusal of a first entry made while someone else created the same record: the caller saw none. Same
     * arguments as {@link #staleEdit} (the caller's version is "none"), so screens show it the same way.
     */
    public ConcurrentEditException enteredMeanwhile(String entity, long id, Object current) {
        return refusal("error.version.enteredMeanwhile", entity, id, "", current);
    }

    /** Arguments: the caller's version, the current one, who changed the record last, and the day (Vietnam's). */
    private ConcurrentEditException refusal(String key, String entity, long id, Object asked, Object current) {
        var last = latest(entity, id);
        return new ConcurrentEditException(
                key,
                asked,
                current,
                last.map(AuditEntry::actor).orElse("?"),
                last.map(e -> VietnameseDates.dayOf(e.at())).orElse(null));
    }

    /** One row per changed field (one row when none), all written by one statement. */
    public void record(Change change) {
        if (change.isEmpty()) {
            return;
        }
        String actor = scope.username();
        if (change.fields().size() <= 1) {
            recordAs(actor, change);
            return;
        }
        jdbc.sql(FIELDS_INSERT).params(fieldsParams(actor, change)).update();
    }

    /**
     * Like {@link #record}, as a statement of the caller's round trip (a save sends its write and its audit rows
     * together): stored with the caller's transaction or not at all.
     */
    public void recordIn(OneRoundTrip trip, Change change) {
        if (change.isEmpty()) {
            return;
        }
        String actor = scope.username();
        if (change.fields().isEmpty()) {
            trip.update(
                    """
                    insert into audit_log (actor, entity_type, entity_id, unit_id, action, field, old_value, new_value, reason)
                    values (?, ?, ?, ?, ?, null, null, null, ?)""",
                    actor,
                    change.entityType(),
                    change.entityId(),
                    change.unitId(),
                    change.action(),
                    change.reason());
            return;
        }
        trip.update(FIELDS_INSERT, fieldsParams(actor, change));
    }

    // unnest keeps the arrays' order, and the rows take their ids in that order: the fields read back as listed
    private static final String FIELDS_INSERT = """
            insert into audit_log (actor, entity_type, entity_id, unit_id, action, field, old_value, new_value, reason)
            select ?, ?, ?::bigint, ?::bigint, ?, f.field, f.old_value, f.new_value, ?
            from unnest(?::text[], ?::text[], ?::text[]) as f(field, old_value, new_value)""";

    private static Object[] fieldsParams(String actor, Change change) {
        List<Change.FieldChange> fields = change.fields();
        return new Object[] {
            actor,
            change.entityType(),
            change.entityId(),
            change.unitId(),
            change.action(),
            change.reason(),
            fields.stream().map(Change.FieldChange::field).toArray(String[]::new),
            fields.stream().map(Change.FieldChange::oldValue).toArray(String[]::new),
            fields.stream().map(Change.FieldChange::newValue).toArray(String[]::new)
        };
    }

    /**
     * Records what happens before anyone is signed in (a sign-in attempt) under the name it gave, since the
     * caller's scope names nobody yet.
     */
    public void recordAs(String actor, Change change) {
        if (change.fields().isEmpty()) {
            insert(actor, change, null, null, null);
            return;
        }
        for (Change.FieldChange f : change.fields()) {
            insert(actor, change, f.field(), f.oldValue(), f.newValue());
        }
    }

    /**
     * The latest {@code limit} entries of a type, newest first: of one record, or of all when {@code entityId} is
     * null (recent sign-ins), limited in the query to units the caller may read (entries without a unit:
     * administrators only), so a province sees its full share of the limit.
     */
    public List<AuditEntry> latest(String entityType, Long entityId, int limit) {
        Set<Long> readable = scope.get().readableOrNull();
        return jdbc.sql("""
                        select * from audit_log where entity_type = ? and (?::bigint is null or entity_id = ?)
                        and (?::boolean or unit_id = any(?) or unit_id is null and ?::boolean)
                        order by id desc limit ?""")
                .params(
                        entityType,
                        entityId,
                        entityId,
                        readable == null,
                        readable == null ? new Long[0] : readable.toArray(Long[]::new),
                        Permissions.mayReadNationalTrail(scope.actor()),
                        limit)
                .query(AuditLog::entry)
                .list();
    }

    /** Records many changes at once (bulk imports), field by field like {@link #record}, through COPY. */
    public void recordAll(List<Change> changes) {
        try (Bulk bulk = new Bulk(scope.username(), new CopyWriter(dataSource, "audit_log", BULK_COLUMNS))) {
            changes.forEach(bulk::add);
            bulk.flush();
        }
    }

    /**
     * The audit rows of a bulk write, kept as COPY text until {@link Bulk#flush}: built while the records they
     * describe stream to the database on the same connection (only one COPY at a time), sent after them, in the
     * caller's transaction.
     */
    public Bulk bulk() {
        return new Bulk(scope.username(), CopyWriter.held(dataSource, "audit_log", BULK_COLUMNS));
    }

    /** Changes recorded as by {@link #recordAll}; close it (try-with-resources) so that a failure sends nothing. */
    public static final class Bulk implements AutoCloseable {
        private final String actor;
        private final CopyWriter copy;

        private Bulk(String actor, CopyWriter copy) {
            this.actor = actor;
            this.copy = copy;
        }

        public void add(Change change) {
            if (change.isEmpty()) {
                return;
            }
            if (change.fields().isEmpty()) {
                copy.row(
                        actor,
                        change.entityType(),
                        change.entityId(),
                        change.unitId(),
                        change.action(),
                        null,
                        null,
                        null,
                        change.reason());
            }
            for (Change.FieldChange f : change.fields()) {
                copy.row(
                        actor,
                        change.entityType(),
                        change.entityId(),
                        change.unitId(),
                        change.action(),
                        f.field(),
                        f.oldValue(),
                        f.newValue(),
                        change.reason());
            }
        }

        public void flush() {
            copy.flush();
        }

        @Override
        public void close() {
            copy.close();
        }
    }

    private void insert(String actor, Change change, String field, String oldValue, String newValue) {
        jdbc.sql("""
                insert into audit_log (actor, entity_type, entity_id, unit_id, action, field, old_value, new_value, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        actor,
                        change.entityType(),
                        change.entityId(),
                        change.unitId(),
                        change.action(),
                        field,
                        oldValue,
                        newValue,
                        change.reason())
                .update();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class),
                rs.getString("actor"),
                rs.getString("entity_type"),
                rs.getLong("entity_id"),
                (Long) rs.getObject("unit_id"),
                rs.getString("action"),
                rs.getString("field"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("reason"));
    }

    /** The history of one record, oldest first, limited to entries of units the caller may read. */
    public List<AuditEntry> history(String entityType, long entityId) {
        Set<Long> readable = scope.get().readableOrNull();
        return jdbc.sql("""
                select * from audit_log where entity_type = ? and entity_id = ? order by id""").params(entityType, entityId).query(AuditLog::entry).list().stream()
                .filter(e -> readable == null
                        || e.unitId() == null && Permissions.mayReadNationalTrail(scope.actor())
                        || e.unitId() != null && readable.contains(e.unitId()))
                .toList();
    }

    /**
     * The history of several records of one type (an overlay's thresholds, a year's entry periods), oldest first,
     * limited like {@link #history(String, long)}.
     */
    public List<AuditEntry> history(String entityType, Collection<Long> entityIds) {
        if (entityIds.isEmpty()) {
            return List.of();
        }
        return readable(jdbc.sql("""
                select * from audit_log where entity_type = ? and entity_id = any(?) order by id""")
                .params(entityType, entityIds.toArray(Long[]::new))
                .query(AuditLog::entry)
                .list());
    }

    /** The latest {@code limit} entries of a type about one unit (a commune's change requests), oldest first. */
    public List<AuditEntry> recentForUnit(String entityType, long unitId, int limit) {
        List<AuditEntry> newestFirst = readable(jdbc.sql("""
                select * from audit_log where entity_type = ? and unit_id = ? order by id desc limit ?""")
                .params(entityType, unitId, limit)
                .query(AuditLog::entry)
                .list());
        List<AuditEntry> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private List<AuditEntry> readable(List<AuditEntry> entries) {
        Set<Long> readable = scope.get().readableOrNull();
        return entries.stream()
                .filter(e -> readable == null
                        || e.unitId() == null && Permissions.mayReadNationalTrail(scope.actor())
                        || e.unitId() != null && readable.contains(e.unitId()))
                .toList();
    }

    /** The latest entry of a record, e.g. to tell who saved it last when an edit is refused. */
    public Optional<AuditEntry> latest(String entityType, long entityId) {
        return jdbc.sql("""
                select * from audit_log where entity_type = ? and entity_id = ? order by id desc limit 1""").params(entityType, entityId).query(AuditLog::entry).optional();
    }
}
