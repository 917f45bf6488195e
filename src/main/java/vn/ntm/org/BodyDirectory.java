package vn.ntm.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.text.SearchKey;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * The bodies of each unit. Anyone who may read a unit sees its bodies; only those who may change the unit create
 * or change them. A body's type must be one of the unit's level, and its name is unique in the unit ignoring
 * diacritics and case. Every change is audited.
 */
@Service
public class BodyDirectory {

    static final String ENTITY = "body";

    private final BodyStore store;
    private final Units units;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final Messages messages;

    BodyDirectory(BodyStore store, Units units, CurrentScope scope, AuditLog audit, Messages messages) {
        this.store = store;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
    }

    /** The body types of a level (all levels when null), in their usual order. */
    @Transactional(readOnly = true)
    public List<BodyType> types(UnitLevel level) {
        return store.types(level);
    }

    @Transactional(readOnly = true)
    public List<BodyView> list(long unitId) {
        UnitView unit = units.get(unitId);
        return store.ofUnit(unit.id()).stream().map(b -> view(b, unit)).toList();
    }

    /** The body's audit trail, oldest first (the caller must be able to read the body). */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        get(id);
        return audit.history(ENTITY, id);
    }

    @Transactional(readOnly = true)
    public BodyView get(long id) {
        BodyStore.Body body = readable(id);
        return view(body, units.get(body.unitId()));
    }

    /**
     * The body this one belongs to (null: none, or no such body). Unscoped, like {@link #isOffice}: permission
     * checks ask it about the caller's own body and a body they act on, and it tells only an id.
     */
    @Transactional(readOnly = true)
    public Long parentOf(long bodyId) {
        return store.byId(bodyId).map(BodyStore.Body::parentBodyId).orElse(null);
    }

    /** Whether the body is an office (văn phòng) that issues the documents of the body it serves. */
    @Transactional(readOnly = true)
    public boolean isOffice(long bodyId) {
        return store.isOffice(bodyId);
    }

    /** A new body that passed every check but uniqueness, which the caller decides (refuse or reuse). */
    record NewBody(UnitView unit, BodyType type, String name, Long parentBodyId) {}

    /** Checks a new body without writing; not transactional, so a refusal marks no transaction. */
    NewBody check(BodyForm form) {
        UnitView unit = unitOf(form.unitId(), form.unitCode());
        scope.get().requireWrite(unit.id());
        BodyType type = typeFor(form.bodyType(), unit);
        String name = requireName(form.name());
        checkParent(form.parentBodyId(), unit.id());
        return new NewBody(unit, type, name, form.parentBodyId());
    }

    @Transactional
    public BodyView create(BodyForm form) {
        NewBody body = check(form);
        store.byName(body.unit().id(), body.name()).ifPresent(existing -> {
            throw new ConflictException(
                    "name",
                    "org.error.body.exists",
                    existing.name(),
                    body.unit().name());
        });
        return get(insert(body, false, form.reason()));
    }

    long insert(NewBody body, boolean demo, String reason) {
        long id = store.insert(body.unit().id(), body.type().code(), body.name(), body.parentBodyId(), demo);
        audit.record(Change.created(ENTITY, id, body.unit().id())
                .field("bodyType", null, body.type().code())
                .field("name", null, body.name())
                .field("parentBodyId", null, body.parentBodyId())
                .reason(reason));
        return id;
    }

    LocalDate today() {
        return units.today();
    }

    /** The body of the unit with this name (ignoring diacritics and case), if any. */
    Optional<BodyStore.Body> findByName(long unitId, String name) {
        return store.byName(unitId, name);
    }

    /** Changes type, name, parent or active flag; fields left null keep their value. */
    @Transactional
    public BodyView update(long id, BodyForm form) {
        BodyStore.Body current = readable(id);
        scope.get().requireWrite(current.unitId());
        if (form.version() == null) {
            throw new BadInputException("version", "error.version.required");
        }
        UnitView unit = units.get(current.unitId());
        String type = form.bodyType() == null
                ? current.bodyType()
                : typeFor(form.bodyType(), unit).code();
        String name = form.name() == null ? current.name() : requireName(form.name());
        Long parent = form.parentBodyId() == null ? current.parentBodyId() : form.parentBodyId();
        if (parent != null && parent == id) {
            throw new BadInputException("parentBodyId", "org.error.body.ownParent");
        }
        checkParent(parent, unit.id());
        boolean active = form.active() == null ? current.active() : form.active();
        store.byName(unit.id(), name).filter(other -> other.id() != id).ifPresent(other -> {
            throw new ConflictException("name", "org.error.body.exists", other.name(), unit.name());
        });
        if (!store.update(id, form.version(), type, name, parent, active)) {
            throw stale(id, form.version());
        }
        audit.record(Change.updated(ENTITY, id, unit.id())
                .field("bodyType", current.bodyType(), type)
                .field("name", current.name(), name)
                .field("parentBodyId", current.parentBodyId(), parent)
                .field("active", current.active(), active)
                .reason(form.reason()));
        return get(id);
    }

    /** Bodies are never deleted (positions and later records point at them); they are made inactive. */
    @Transactional
    public BodyView deactivate(long id, Integer version, String reason) {
        return update(id, new BodyForm(null, null, null, null, null, false, version, reason));
    }

    /** The body if the caller may read its unit; used by the people directory too. */
    BodyStore.Body readable(long id) {
        BodyStore.Body body =
                store.byId(id).orElseThrow(() -> new NotFoundException("id", "org.error.body.notFound", id));
        scope.get().requireRead(body.unitId());
        return body;
    }

    /** A unit by id, else by code as it stands today; refused when the caller may not read it. */
    UnitView unitOf(Long unitId, String unitCode) {
        if (unitId != null) {
            return units.get(unitId);
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw new BadInputException("unitCode", "org.error.unitRequired");
        }
        return units.byCode(unitCode, null);
    }

    private BodyType typeFor(String code, UnitView unit) {
        if (code == null || code.isBlank()) {
            throw new BadInputException("bodyType", "org.error.bodyType.required");
        }
        BodyType type = store.type(code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new BadInputException("bodyType", "org.error.bodyType.unknown", code));
        if (type.level() != unit.level()) {
            throw new BadInputException(
                    "bodyType",
                    "org.error.bodyType.level",
                    type.nameVi(),
                    messages.get("org.level." + type.level()),
                    unit.name(),
                    messages.get("org.level." + unit.level()));
        }
        return type;
    }

    private void checkParent(Long parentBodyId, long unitId) {
        if (parentBodyId == null) {
            return;
        }
        BodyStore.Body parent = store.byId(parentBodyId)
                .orElseThrow(() -> new BadInputException("parentBodyId", "org.error.body.notFound", parentBodyId));
        if (parent.unitId() != unitId) {
            throw new BadInputException("parentBodyId", "org.error.body.parentOtherUnit", parent.name());
        }
    }

    private static String requireName(String name) {
        String clean = SearchKey.clean(name);
        if (clean == null || clean.isEmpty()) {
            throw new BadInputException("name", "org.error.body.nameRequired");
        }
        if (clean.length() > 300) {
            throw new BadInputException("name", "org.error.nameTooLong", 300);
        }
        return clean;
    }

    private ConcurrentEditException stale(long id, int asked) {
        int current = store.byId(id).map(BodyStore.Body::version).orElse(-1);
        return audit.staleEdit(ENTITY, id, asked, current);
    }

    private static BodyView view(BodyStore.Body b, UnitView unit) {
        return new BodyView(
                b.id(),
                b.unitId(),
                unit.code(),
                unit.name(),
                b.bodyType(),
                b.bodyTypeName(),
                b.name(),
                b.parentBodyId(),
                b.active(),
                b.demo(),
                b.version());
    }
}
