package vn.ntm.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.PeopleDirectory;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.scope.Role;
import vn.ntm.scope.UnitScope;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * Creating and changing users. An administrator manages everyone; a province officer manages the users of the
 * units in the province, with roles below their own. Every change is audited; passwords never appear in the log.
 */
@Service
public class UserAdministration {

    static final String ENTITY = "app_user";

    private final UserStore users;
    private final Units units;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final BodyDirectory bodies;
    private final PeopleDirectory people;

    UserAdministration(
            UserStore users,
            Units units,
            CurrentScope scope,
            AuditLog audit,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            Clock clock,
            BodyDirectory bodies,
            PeopleDirectory people) {
        this.bodies = bodies;
        this.people = people;
        this.users = users;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    /** The users the caller may see: everyone for an administrator, else the users bound inside their scope. */
    @Transactional(readOnly = true)
    public List<UserView> list() {
        UnitScope s = scope.get();
        Map<Long, String> names = new HashMap<>();
        return users.all().stream()
                .filter(u -> s.national() || u.unitId() != null && s.canRead(u.unitId()))
                .map(u -> view(u, names))
                .toList();
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        UserAccount account = readable(id);
        return view(account, new HashMap<>());
    }

    /** The audit trail of a user the caller may see, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        readable(id);
        return audit.history(ENTITY, id);
    }

    @Transactional(readOnly = true)
    public UserView me() {
        SignedInUser me = AccessScope.signedIn().orElseThrow(() -> new OutOfScopeException("error.unauthenticated"));
        return get(me.id());
    }

    /** Creates a user; with no password a temporary one is made, returned once, and must be changed at first login. */
    @Transactional
    public Created create(UserForm form) {
        NewUser user = checkNew(form);
        return insert(user, encoder.encode(user.password()), form.reason());
    }

    /** A new user that passed every check, before its password is hashed. */
    record NewUser(
            String username, Role role, Long unitId, Long bodyId, Long personId, String password, boolean temporary) {}

    /** Checks a new user without writing anything; not transactional, so a refusal marks no transaction. */
    NewUser checkNew(UserForm form) {
        String username = checkUsername(form.username());
        Role role = requireRole(form.role());
        Long unitId = resolveUnit(form, role);
        requireMayManage(role, unitId);
        InputText.check("reason", form.reason(), TextKind.REASON);
        requireLinkable(form.bodyId(), form.personId());
        if (users.exists(username)) {
            throw new ConflictException("username", "error.user.exists", username);
        }
        boolean temporary = form.password() == null || form.password().isEmpty();
        String password = temporary ? policy.temporary() : form.password();
        if (!temporary) {
            policy.check("password", password, username);
        }
        return new NewUser(username, role, unitId, form.bodyId(), form.personId(), password, temporary);
    }

    Created insert(NewUser user, String passwordHash, String reason) {
        long id = users.insert(
                user.username(),
                passwordHash,
                user.personId(),
                user.bodyId(),
                user.role(),
                user.unitId(),
                user.temporary(),
                false);
        audit.record(Change.created(ENTITY, id, user.unitId())
                .field("username", null, user.username())
                .field("role", null, user.role())
                .field("unitId", null, user.unitId())
                .reason(reason));
        return new Created(get(id), user.temporary() ? user.password() : null);
    }

    /** A created user and, when the system made it, the temporary password to hand over. */
    public record Created(UserView user, String temporaryPassword) {}

    @Transactional
    public UserView update(long id, UserForm form) {
        UserAccount current = readable(id);
        requireMayManage(current.role(), current.unitId());
        if (form.version() == null) {
            throw new BadInputException("version", "error.version.required");
        }
        Role role = form.role() == null ? current.role() : form.role();
        Long unitId = form.unitId() == null && form.unitCode() == null ? current.unitId() : resolveUnit(form, role);
        requireMayManage(role, unitId);
        boolean enabled = form.enabled() == null ? current.enabled() : form.enabled();
        Long bodyId = form.bodyId() == null ? current.bodyId() : form.bodyId();
        Long personId = form.personId() == null ? current.personId() : form.personId();
        InputText.check("reason", form.reason(), TextKind.REASON);
        requireLinkable(
                Objects.equals(bodyId, current.bodyId()) ? null : bodyId,
                Objects.equals(personId, current.personId()) ? null : personId);
        if (!users.update(id, form.version(), role, unitId, bodyId, personId, enabled)) {
            throw stale(id, form.version());
        }
        audit.record(Change.updated(ENTITY, id, unitId)
                .field("role", current.role(), role)
                .field("unitId", current.unitId(), unitId)
                .field("bodyId", current.bodyId(), bodyId)
                .field("personId", current.personId(), personId)
                .field("enabled", current.enabled(), enabled)
                .reason(form.reason()));
        return get(id);
    }

    /** An administrator's reset: a new temporary password, returned once, to be changed at next login. */
    @Transactional
    public String resetPassword(long id, String reason) {
        UserAccount account = readable(id);
        requireMayManage(account.role(), account.unitId());
        InputText.check("reason", reason, TextKind.REASON);
        String password = policy.temporary();
        users.setPassword(id, encoder.encode(password), true);
        audit.record(Change.of("PASSWORD_RESET", ENTITY, id, account.unitId()).reason(reason));
        return password;
    }

    /** The signed-in user changes their own password, giving the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser me = AccessScope.signedIn().orElseThrow(() -> new OutOfScopeException("error.unauthenticated"));
        UserAccount account = users.byId(me.id()).orElseThrow();
        // a password bcrypt cannot have stored (over 72 bytes) is wrong, not a failure of the hash
        if (currentPassword == null
                || !PasswordPolicy.fitsHash(currentPassword)
                || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new BadInputException("currentPassword", "error.password.currentWrong");
        }
        policy.check("newPassword", newPassword, account.username());
        if (newPassword.equals(currentPassword)) {
            throw new BadInputException("newPassword", "error.password.same");
        }
        users.setPassword(me.id(), encoder.encode(newPassword), false);
        audit.record(Change.of("PASSWORD_CHANGE", ENTITY, me.id(), account.unitId()));
    }

    private UserAccount readable(long id) {
        UserAccount account = users.byId(id).orElseThrow(() -> new NotFoundException("id", "error.user.notFound", id));
        UnitScope s = scope.get();
        boolean self = AccessScope.signedIn().map(me -> me.id() == id).orElse(false);
        if (!self && !s.national() && (account.unitId() == null || !s.canRead(account.unitId()))) {
            throw new OutOfScopeException("error.scope.read");
        }
        return account;
    }

    private void requireMayManage(Role role, Long unitId) {
        if (scope.isAdministrator()) {
            return;
        }
        if (!Permissions.mayGrant(scope.actor(), role)) {
            throw new OutOfScopeException("error.user.roleNotAllowed", role);
        }
        if (unitId == null) {
            throw new OutOfScopeException("error.scope.write");
        }
        scope.get().requireWrite(unitId);
    }

    /**
     * A user is linked only to a body and a person the caller may change (separation of scopes: a province officer
     * never binds a user to a body or person of another province). Null: nothing new to link.
     */
    private void requireLinkable(Long bodyId, Long personId) {
        if (bodyId != null) {
            long unit = linkedUnit("bodyId", bodyId, () -> bodies.get(bodyId).unitId());
            if (!scope.get().canWrite(unit)) {
                throw new OutOfScopeException(new FieldProblem("bodyId", "input.error.bodyOutOfScope", bodyId));
            }
        }
        if (personId != null) {
            long unit =
                    linkedUnit("personId", personId, () -> people.get(personId).unitId());
            if (!scope.get().canWrite(unit)) {
                throw new OutOfScopeException(new FieldProblem("personId", "input.error.personOutOfScope", personId));
            }
        }
    }

    /** The unit of the linked record; one the caller cannot even read is refused like one out of scope. */
    private static long linkedUnit(String field, long id, LongSupplier unit) {
        try {
            return unit.getAsLong();
        } catch (OutOfScopeException e) {
            throw new OutOfScopeException(new FieldProblem(
                    field, "bodyId".equals(field) ? "input.error.bodyOutOfScope" : "input.error.personOutOfScope", id));
        } catch (NotFoundException e) {
            throw new BadInputException(
                    field, "bodyId".equals(field) ? "input.error.bodyUnknown" : "input.error.personUnknown", id);
        }
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new BadInputException("role", "error.user.roleRequired");
        }
        return role;
    }

    private Long resolveUnit(UserForm form, Role role) {
        if (form.unitId() != null) {
            return units.get(form.unitId()).id();
        }
        if (form.unitCode() != null && !form.unitCode().isBlank()) {
            return units.byCode(form.unitCode(), null).id();
        }
        if (role != Role.ADMIN) {
            throw new BadInputException("unitCode", "error.user.unitRequired");
        }
        return null;
    }

    private static String checkUsername(String username) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{3,100}")) {
            throw new BadInputException("username", "error.user.usernameFormat", name);
        }
        return name;
    }

    private ConcurrentEditException stale(long id, int asked) {
        int current = users.byId(id).map(UserAccount::version).orElse(-1);
        return audit.staleEdit(ENTITY, id, asked, current);
    }

    private UserView view(UserAccount u, Map<Long, String> names) {
        String unitName = u.unitId() == null
                ? null
                : names.computeIfAbsent(
                        u.unitId(), id -> units.find(id).map(UnitView::name).orElse(null));
        boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(OffsetDateTime.now(clock));
        return new UserView(
                u.id(),
                u.username(),
                u.role(),
                u.unitId(),
                unitName,
                u.bodyId(),
                u.personId(),
                u.enabled(),
                locked,
                u.mustChangePassword(),
                u.locale(),
                u.demo(),
                u.version());
    }
}
