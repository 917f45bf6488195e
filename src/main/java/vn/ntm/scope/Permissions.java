package vn.ntm.scope;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * The one rulebook of who may do what. Each rule is a named method here, and each method reads its {@link Action}'s
 * {@link Rule} (data), so that the table of permissions printed from those rules tells what the methods do. Which
 * units the actor reaches is {@link UnitScope}'s answer; the caller checks it (a method here never grants a unit).
 */
public final class Permissions {

    private Permissions() {}

    /** Whether the rule grants the actor anything (conditions beyond the scope are the named methods' business). */
    public static boolean allows(Actor actor, Rule rule) {
        return rule.conditionFor(actor).isPresent();
    }

    public static boolean allows(Actor actor, Action action) {
        return allows(actor, action.rule());
    }

    /**
     * Enter, change, submit values, on screen or by sheet: both paths ask this one rule. A province officer may,
     * for the communes of the province, as a province compiles the sheets its communes send.
     */
    public static boolean mayEnterValues(Actor actor) {
        return allows(actor, Action.ENTER_VALUES);
    }

    /**
     * Verify or return a value of a criterion owned by {@code ownerBodyType} (null: owned by no body); the type of
     * the actor's body is looked up only when the rule needs it.
     */
    public static boolean mayVerify(Actor actor, String ownerBodyType, LongFunction<String> bodyTypeOf) {
        String verified = ownerVerifiedBy(actor, bodyTypeOf);
        return verified != null && verified.equals(ownerBodyType == null ? "" : ownerBodyType);
    }

    /**
     * The owner whose criteria the actor verifies: their body's type, "" for the criteria no body owns, null when
     * they verify nothing.
     */
    public static String ownerVerifiedBy(Actor actor, LongFunction<String> bodyTypeOf) {
        Optional<Condition> condition = Action.VERIFY_VALUES.rule().conditionFor(actor);
        if (condition.isEmpty()) {
            return null;
        }
        if (condition.get() == Condition.UNOWNED_CRITERIA) {
            return "";
        }
        Long bodyId = actor instanceof Actor.Person p ? p.bodyId() : null;
        return bodyId == null ? null : bodyTypeOf.apply(bodyId);
    }

    public static boolean mayLockValues(Actor actor) {
        return allows(actor, Action.LOCK_VALUES);
    }

    /** Whether the actor's role decides late changes at all (which ones: {@link #mayDecideLateChange}). */
    public static boolean mayDecideLateChanges(Actor actor) {
        return allows(actor, Action.DECIDE_LATE_CHANGES);
    }

    /** Approve or reject a late change asked for by {@code requester}, given the commune's leaders. */
    public static boolean mayDecideLateChange(Actor actor, String requester, List<String> leaders) {
        return Action.DECIDE_LATE_CHANGES
                .rule()
                .conditionFor(actor)
                .map(c -> c != Condition.NO_OTHER_LEADER || leaders.stream().allMatch(l -> same(l, requester)))
                .orElse(false);
    }

    /** Approve it: as deciding, and never one's own request (separation of duties). */
    public static boolean mayApproveLateChange(Actor actor, String requester, List<String> leaders) {
        return !same(nameOf(actor), requester) && mayDecideLateChange(actor, requester, leaders);
    }

    public static boolean mayFollowChangeRequests(Actor actor) {
        return allows(actor, Action.FOLLOW_CHANGE_REQUESTS);
    }

    public static boolean mayOpenOrCloseEntry(Actor actor) {
        return allows(actor, Action.OPEN_OR_CLOSE_ENTRY);
    }

    /** Author a province's overlay (thresholds, owners, sheet); which provinces is the caller's scope. */
    public static boolean mayEditProvincialThresholds(Actor actor) {
        return allows(actor, Action.EDIT_PROVINCIAL_THRESHOLDS);
    }

    public static boolean mayEditNationalCatalog(Actor actor) {
        return allows(actor, Action.EDIT_NATIONAL_CATALOG);
    }

    public static boolean mayImportUnits(Actor actor) {
        return allows(actor, Action.IMPORT_UNITS);
    }

    /** Manage some users (which roles: {@link #mayGrant}). */
    public static boolean mayManageUsers(Actor actor) {
        return allows(actor, Action.MANAGE_USERS);
    }

    /** Give {@code role} to a user the actor creates or changes. */
    public static boolean mayGrant(Actor actor, Role role) {
        return Action.MANAGE_USERS
                .rule()
                .conditionFor(actor)
                .map(c -> c != Condition.NARROWER_ROLES
                        || actor.roleIfPerson().map(role::narrowerThan).orElse(false))
                .orElse(false);
    }

    public static boolean mayAdministerBodies(Actor actor) {
        return allows(actor, Action.ADMINISTER_BODIES);
    }

    public static boolean mayOpenAdministration(Actor actor) {
        return allows(actor, Action.OPEN_ADMINISTRATION);
    }

    public static boolean mayUseAreaSheets(Actor actor) {
        return allows(actor, Action.USE_AREA_SHEETS);
    }

    public static boolean mayReadNationalTrail(Actor actor) {
        return allows(actor, Action.READ_NATIONAL_TRAIL);
    }

    public static boolean mayDraftDocuments(Actor actor) {
        return allows(actor, Action.DRAFT_DOCUMENTS);
    }

    /** Whether the actor's role issues documents at all (of which bodies: {@link #mayIssueDocuments}). */
    public static boolean mayIssueSomeDocuments(Actor actor) {
        return allows(actor, Action.ISSUE_DOCUMENTS);
    }

    /**
     * Number, file the signed copy of, or withdraw a document issued by {@code issuerBodyId}. Under {@link
     * Condition#OWN_BODY}: the issuer is the actor's body; or the actor's body is an office ({@code isOffice}) and
     * the issuer is the body it serves (its parent, {@code parentOf}) or another body under that one. The lookups
     * are made only when the rule needs them.
     */
    public static boolean mayIssueDocuments(
            Actor actor, long issuerBodyId, LongFunction<Long> parentOf, LongPredicate isOffice) {
        Optional<Condition> condition = Action.ISSUE_DOCUMENTS.rule().conditionFor(actor);
        if (condition.isEmpty()) {
            return false;
        }
        if (condition.get() != Condition.OWN_BODY) {
            return true;
        }
        Long own = actor instanceof Actor.Person p ? p.bodyId() : null;
        if (own == null) {
            return false;
        }
        if (own == issuerBodyId) {
            return true;
        }
        if (!isOffice.test(own)) {
            return false;
        }
        Long served = parentOf.apply(own);
        return served != null && (served == issuerBodyId || served.equals(parentOf.apply(issuerBodyId)));
    }

    public static boolean mayKeepIssuers(Actor actor) {
        return allows(actor, Action.KEEP_ISSUERS);
    }

    public static boolean mayKeepCalendar(Actor actor) {
        return allows(actor, Action.KEEP_CALENDAR);
    }

    /** The roles an action is granted to, for Spring Security's configuration (its own names: the enum's). */
    public static String[] roleNames(Action action) {
        return action.rule().grants().keySet().stream().map(Role::name).toArray(String[]::new);
    }

    private static String nameOf(Actor actor) {
        if (actor instanceof Actor.Person p) {
            return p.username();
        }
        return actor instanceof Actor.Machine m ? m.name() : null;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
