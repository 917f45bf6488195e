package vn.ntm.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.Actor;
import vn.ntm.scope.Permissions;
import vn.ntm.scope.Role;
import vn.ntm.scope.UnitScope;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;
import vn.ntm.web.FormErrors;

/**
 * One user for an administrator or province officer: role, bound unit, the scope that follows from them (as
 * {@link AccessScope} computes it), the audit trail, and the change of role, unit and active flag.
 */
@Controller
class UserPages {

    private static final List<String> FIELDS = List.of("role", "unitCode", "enabled");
    /** Enough predecessors to recognise them; a province can have hundreds. */
    private static final int MAX_LISTED = 100;

    /** The change made on the user page; the unit by its code as it stands today (empty: national, admins only). */
    record UserChange(Role role, String unitCode, Boolean enabled, Integer version, String reason) {}

    /**
     * A user's scope as the page explains it: the bound unit and how many units below it they reach, whether they
     * only read, and the units merged into theirs that they read but never change.
     */
    record ScopeView(
            boolean national,
            boolean readOnly,
            UnitView unit,
            int lowerUnits,
            List<UnitView> predecessors,
            int predecessorCount,
            int readOnlyUnits) {}

    private final UserAdministration users;
    private final AccessScope scopes;
    private final UserTrail trail;
    private final Units units;
    private final Messages messages;

    UserPages(UserAdministration users, AccessScope scopes, UserTrail trail, Units units, Messages messages) {
        this.users = users;
        this.scopes = scopes;
        this.trail = trail;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, Model model) {
        UserView user = users.get(id);
        model.addAttribute(
                "form", new UserChange(user.role(), unitCode(user).orElse(""), user.enabled(), user.version(), null));
        return page(user, model);
    }

    @PostMapping("/admin/users/{id}")
    String change(@PathVariable long id, UserChange change, Model model, RedirectAttributes redirect) {
        try {
            UserView current = users.get(id);
            String code = change.unitCode() == null ? "" : change.unitCode().trim();
            // The same code keeps the same unit, even one no longer in force (read today, a code may be another's).
            Long sameUnit = unitCode(current)
                    .filter(code::equals)
                    .map(c -> current.unitId())
                    .orElse(null);
            UserView saved = users.update(
                    id,
                    new UserForm(
                            null,
                            change.role(),
                            sameUnit,
                            sameUnit == null ? code : null,
                            null,
                            null,
                            change.enabled(),
                            null,
                            change.version(),
                            change.reason()));
            redirect.addFlashAttribute("notice", messages.get("admin.user.saved", saved.username()));
            return "redirect:/admin/users/" + id;
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("form", change);
            model.addAttribute("errors", FormErrors.of(e, messages, FIELDS));
            return page(users.get(id), model);
        }
    }

    private String page(UserView user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("scope", scopeView(user));
        model.addAttribute("history", trail.of(user.id()));
        model.addAttribute("roles", grantable(user.role()));
        return "admin/user";
    }

    private ScopeView scopeView(UserView user) {
        UnitScope scope = scopes.scopeOf(user.role(), user.unitId());
        if (scope.national() || user.unitId() == null) {
            return new ScopeView(scope.national(), scope.readOnly(), null, 0, List.of(), 0, 0);
        }
        Set<Long> merged = new HashSet<>(scopes.mergedPredecessors(scope));
        merged.removeAll(scope.writable());
        List<UnitView> predecessors = merged.stream()
                .map(units::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(UnitView::level).thenComparing(UnitView::name))
                .limit(MAX_LISTED)
                .toList();
        int readOnlyUnits = (int) scope.readable().stream()
                .filter(u -> !scope.writable().contains(u))
                .count();
        return new ScopeView(
                false,
                scope.readOnly(),
                units.find(user.unitId()).orElse(null),
                scope.writable().size() - 1,
                predecessors,
                merged.size(),
                readOnlyUnits);
    }

    /** The roles the caller may give, and the user's own so the form shows it as it is. */
    private static List<Role> grantable(Role current) {
        Actor me = AccessScope.currentActor();
        Set<Role> roles = new LinkedHashSet<>();
        for (Role r : Role.values()) {
            if (r == current || Permissions.mayGrant(me, r)) {
                roles.add(r);
            }
        }
        return new ArrayList<>(roles);
    }

    private Optional<String> unitCode(UserView user) {
        return user.unitId() == null
                ? Optional.empty()
                : units.find(user.unitId()).map(UnitView::code);
    }
}
