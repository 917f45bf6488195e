package vn.ntm.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.SearchKey;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * The people of each unit and the positions they hold in bodies. A person belongs to one unit; the body of a
 * position must be active and, like the person, within what the caller may change. Every change is audited.
 */
@Service
public class PeopleDirectory {

    static final String PERSON = "person";
    static final String POSITION = "person_position";

    private final PeopleStore store;
    private final BodyDirectory bodies;
    private final Units units;
    private final CurrentScope scope;
    private final AuditLog audit;

    PeopleDirectory(PeopleStore store, BodyDirectory bodies, Units units, CurrentScope scope, AuditLog audit) {
        this.store = store;
        this.bodies = bodies;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PersonView> list(long unitId) {
        UnitView unit = units.get(unitId);
        return store.ofUnit(unit.id()).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public PersonView get(long id) {
        return view(readable(id));
    }

    /** A person that passed every check, before it is stored. */
    record NewPerson(UnitView unit, String fullName, String email, String phone) {}

    /** Checks a new person without writing; not transactional, so a refusal marks no transaction. */
    NewPerson check(PersonForm form) {
        UnitView unit = bodies.unitOf(form.unitId(), form.unitCode());
        scope.get().requireWrite(unit.id());
        String name = SearchKey.clean(form.fullName());
        if (name == null || name.isEmpty()) {
            throw new BadInputException("fullName", "org.error.person.nameRequired");
        }
        if (name.length() > 200) {
            throw new BadInputException("fullName", "org.error.nameTooLong", 200);
        }
        String email = cleanEmail(form.email());
        String phone = SearchKey.clean(form.phone());
        return new NewPerson(unit, name, email, phone == null || phone.isEmpty() ? null : phone);
    }

    @Transactional
    public PersonView create(PersonForm form) {
        NewPerson person = check(form);
        if (person.email() != null) {
            store.byEmail(person.email()).ifPresent(other -> {
                throw new ConflictException("email", "org.error.person.emailTaken", person.email());
            });
        }
        return get(insert(person, false, form.reason()));
    }

    /** Records a new person and their first position together: a refused position stores no person either. */
    @Transactional
    public PositionView createWithPosition(PersonForm person, PositionForm position) {
        return assign(create(person).id(), position);
    }

    long insert(NewPerson person, boolean demo, String reason) {
        long id = store.insert(person.unit().id(), person.fullName(), person.email(), person.phone(), demo);
        audit.record(Change.created(PERSON, id, person.unit().id())
                .field("fullName", null, person.fullName())
                .field("email", null, person.email())
                .field("phone", null, person.phone())
                .reason(reason));
        return id;
    }

    /** The person the import means: the one with this email, else the unit's person of this name without email. */
    Optional<PeopleStore.Person> existing(long unitId, String fullName, String email) {
        return email != null ? store.byEmail(email) : store.byNameWithoutEmail(unitId, fullName);
    }

    /** Gives a person a position in a body; the same running title in the same body is refused as a duplicate. */
    @Transactional
    public PositionView assign(long personId, PositionForm form) {
        PeopleStore.Person person = readable(personId);
        scope.get().requireWrite(person.unitId());
        if (form.bodyId() == null) {
            throw new BadInputException("bodyId", "org.error.position.bodyRequired");
        }
        BodyStore.Body body = bodies.readable(form.bodyId());
        scope.get().requireWrite(body.unitId());
        if (!body.active()) {
            throw new BadInputException("bodyId", "org.error.position.bodyInactive", body.name());
        }
        PositionType type = positionType(form.positionCode(), body.bodyType(), body.bodyTypeName());
        String title = titleOf(form.title(), type);
        LocalDate from = form.validFrom() == null ? units.today() : form.validFrom();
        if (form.validTo() != null && !form.validTo().isAfter(from)) {
            throw new BadInputException("validTo", "org.error.position.period", from, form.validTo());
        }
        if (store.holds(personId, body.id(), title, from)) {
            throw new ConflictException("title", "org.error.position.exists", person.fullName(), title, body.name());
        }
        return store.position(insertPosition(
                        person.id(),
                        body,
                        title,
                        type == null ? null : type.code(),
                        from,
                        form.validTo(),
                        form.reason()))
                .orElseThrow();
    }

    long insertPosition(
            long personId,
            BodyStore.Body body,
            String title,
            String positionCode,
            LocalDate from,
            LocalDate to,
            String reason) {
        long id = store.insertPosition(personId, body.id(), title, positionCode, from, to);
        audit.record(Change.created(POSITION, id, body.unitId())
                .field("personId", null, personId)
                .field("bodyId", null, body.id())
                .field("title", null, title)
                .field("positionCode", null, positionCode)
                .field("validFrom", null, from)
                .field("validTo", null, to)
                .reason(reason));
        return id;
    }

    /** The list of positions (Bí thư, Chủ tịch...), in their usual order; those of one body type when given. */
    @Transactional(readOnly = true)
    public List<PositionType> positionTypes(String bodyType) {
        return store.positionTypes().stream()
                .filter(t -> bodyType == null || t.existsIn(bodyType))
                .toList();
    }

    /**
     * The people who may sign the body's documents on {@code on}: the holders of a signing position in it that day,
     * and, for an organ led by the leaders of the body it belongs to (a Ban Thường vụ, a Ban Chấp hành), the holders
     * there of a position that exists in its type too (the Bí thư of the Đảng ủy signs for its Ban Thường vụ); the
     * body's own first, then in the order of the positions. Whether one of them may sign one document is the body's
     * working rules: people choose.
     */
    @Transactional(readOnly = true)
    public List<Signer> signers(long bodyId, LocalDate on) {
        BodyStore.Body body = bodies.readable(bodyId);
        return store.signers(body.id(), body.bodyType(), body.parentBodyId(), on == null ? units.today() : on);
    }

    /**
     * The position type a code names, checked against the body's type; null for no code. Refused: an unknown code
     * (the message lists the known ones) and a position that does not exist in this type of body.
     */
    PositionType positionType(String code, String bodyType, String bodyTypeName) {
        String clean = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return null;
        }
        List<PositionType> all = store.positionTypes();
        PositionType type = all.stream()
                .filter(t -> t.code().equals(clean))
                .findFirst()
                .orElseThrow(() -> new BadInputException(
                        "positionCode", "org.error.position.codeUnknown", code.trim(), codes(all)));
        if (!type.existsIn(bodyType)) {
            List<PositionType> ofBody =
                    all.stream().filter(t -> t.existsIn(bodyType)).toList();
            if (ofBody.isEmpty()) {
                throw new BadInputException(
                        "positionCode", "org.error.position.codeNoneForBody", type.nameVi(), bodyTypeName);
            }
            throw new BadInputException(
                    "positionCode", "org.error.position.codeNotForBody", type.nameVi(), bodyTypeName, codes(ofBody));
        }
        return type;
    }

    /** The free title as written, else the name of the position type; one of the two is required. */
    static String titleOf(String title, PositionType type) {
        String clean = SearchKey.clean(title);
        if (clean != null && !clean.isEmpty()) {
            return clean;
        }
        if (type == null) {
            throw new BadInputException("title", "org.error.position.titleRequired");
        }
        return type.nameVi();
    }

    private static String codes(List<PositionType> types) {
        return types.stream().map(PositionType::code).collect(Collectors.joining(", "));
    }

    boolean holds(long personId, long bodyId, String title) {
        return store.holds(personId, bodyId, title, units.today());
    }

    /** Ends a position on {@code validTo} (the first day it no longer holds), default today. */
    @Transactional
    public PositionView endPosition(long positionId, Integer version, LocalDate validTo, String reason) {
        PositionView position = store.position(positionId)
                .orElseThrow(() -> new NotFoundException("id", "org.error.position.notFound", positionId));
        BodyStore.Body body = bodies.readable(position.bodyId());
        scope.get().requireWrite(body.unitId());
        if (version == null) {
            throw new BadInputException("version", "error.version.required");
        }
        LocalDate to = validTo == null ? units.today() : validTo;
        if (!to.isAfter(position.validFrom())) {
            throw new BadInputException("validTo", "org.error.position.period", position.validFrom(), to);
        }
        if (!store.endPosition(positionId, version, to)) {
            throw audit.staleEdit(POSITION, positionId, version, position.version());
        }
        audit.record(Change.updated(POSITION, positionId, body.unitId())
                .field("validTo", position.validTo(), to)
                .reason(reason));
        return store.position(positionId).orElseThrow();
    }

    private PeopleStore.Person readable(long id) {
        PeopleStore.Person person =
                store.byId(id).orElseThrow(() -> new NotFoundException("id", "org.error.person.notFound", id));
        scope.get().requireRead(person.unitId());
        return person;
    }

    static String cleanEmail(String email) {
        String clean = email == null ? "" : email.trim();
        if (clean.isEmpty()) {
            return null;
        }
        if (!clean.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || clean.length() > 200) {
            throw new BadInputException("email", "org.error.person.emailFormat", clean);
        }
        return clean;
    }

    private PersonView view(PeopleStore.Person p) {
        return new PersonView(
                p.id(), p.fullName(), p.email(), p.phone(), p.unitId(), p.demo(), p.version(), store.positions(p.id()));
    }
}
