package vn.ntm.access;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.ntm.scope.Actor;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Role;
import vn.ntm.scope.UnitScope;
import vn.ntm.unit.UnitTrees;

/**
 * The one place that decides what the caller may read and change. A user bound to a unit writes in that unit's
 * subtree (at any date); after a merger they also read, never change, the predecessors' records. A viewer only
 * reads. An administrator, and the system itself (imports from the command line, demo data), reach everything.
 * The answer is computed once per request.
 */
@Component
class AccessScope implements CurrentScope {

    private static final String CACHE = AccessScope.class.getName();

    private final UnitTrees trees;

    AccessScope(UnitTrees trees) {
        this.trees = trees;
    }

    @Override
    public UnitScope get() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String key = CACHE + (auth == null ? "" : auth.getName());
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof UnitScope s) {
            return s;
        }
        UnitScope scope = compute(auth);
        if (request != null) {
            request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    private UnitScope compute(Authentication auth) {
        if (auth instanceof SystemActor.SystemAuthentication) {
            return UnitScope.nationalScope();
        }
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            return UnitScope.none();
        }
        return scopeOf(user.role(), user.unitId());
    }

    /** The scope of any user with this role bound to this unit (null: none); the rule {@link #get()} applies. */
    UnitScope scopeOf(Role role, Long unitId) {
        if (unitId == null) {
            return role == Role.ADMIN ? UnitScope.nationalScope() : UnitScope.none();
        }
        Set<Long> own = trees.subtreeAnyTime(List.of(unitId));
        Set<Long> readable = new HashSet<>(trees.predecessorSubtrees(own));
        return new UnitScope(false, !role.writes(), own, readable);
    }

    /**
     * The units a user's own subtree was formed from in mergers: the predecessors they may read but not change
     * (with everything that was below them). Empty for a national scope.
     */
    Set<Long> mergedPredecessors(UnitScope scope) {
        return scope.national() ? Set.of() : trees.predecessorsClosure(scope.writable());
    }

    @Override
    public boolean isAdministrator() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof SystemActor.SystemAuthentication
                || auth != null && auth.getPrincipal() instanceof SignedInUser u && u.role() == Role.ADMIN;
    }

    @Override
    public String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    @Override
    public Actor actor() {
        return currentActor();
    }

    /** Who is acting in this thread: the system, a signed-in person, or nobody. */
    static Actor currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof SystemActor.SystemAuthentication) {
            return new Actor.Machine(auth.getName());
        }
        return signedIn()
                .<Actor>map(u -> new Actor.Person(u.getUsername(), u.role(), u.unitId(), u.bodyId()))
                .orElse(Actor.NOBODY);
    }

    @Override
    public Long bodyId() {
        return signedIn().map(SignedInUser::bodyId).orElse(null);
    }

    @Override
    public Long unitId() {
        return signedIn().map(SignedInUser::unitId).orElse(null);
    }

    /** The signed-in user, if the caller is one. */
    static Optional<SignedInUser> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser u ? Optional.of(u) : Optional.empty();
    }
}
