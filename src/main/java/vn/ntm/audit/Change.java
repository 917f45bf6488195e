package vn.ntm.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The changes of one save, collected field by field. Unchanged fields are dropped, so the log only says what
 * really changed.
 */
public final class Change {

    record FieldChange(String field, String oldValue, String newValue) {}

    private final String entityType;
    private final long entityId;
    private final Long unitId;
    private final String action;
    private final List<FieldChange> fields = new ArrayList<>();
    private String reason;

    private Change(String entityType, long entityId, Long unitId, String action) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.unitId = unitId;
        this.action = action;
    }

    public static Change created(String entityType, long entityId, Long unitId) {
        return new Change(entityType, entityId, unitId, "CREATE");
    }

    public static Change updated(String entityType, long entityId, Long unitId) {
        return new Change(entityType, entityId, unitId, "UPDATE");
    }

    public static Change of(String action, String entityType, long entityId, Long unitId) {
        return new Change(entityType, entityId, unitId, action);
    }

    public Change field(String field, Object oldValue, Object newValue) {
        String before = oldValue == null ? null : oldValue.toString();
        String after = newValue == null ? null : newValue.toString();
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field, before, after));
        }
        return this;
    }

    public Change reason(String reason) {
        this.reason = reason;
        return this;
    }

    public boolean hasFieldChanges() {
        return !fields.isEmpty();
    }

    public boolean isEmpty() {
        return fields.isEmpty() && "UPDATE".equals(action);
    }

    String entityType() {
        return entityType;
    }

    long entityId() {
        return entityId;
    }

    Long unitId() {
        return unitId;
    }

    String action() {
        return action;
    }

    List<FieldChange> fields() {
        return fields;
    }

    String reason() {
        return reason;
    }
}
