package vn.ntm.scope;

import static vn.ntm.scope.Role.ADMIN;
import static vn.ntm.scope.Role.AGENCY_OFFICER;
import static vn.ntm.scope.Role.COMMUNE_LEADER;
import static vn.ntm.scope.Role.COMMUNE_OFFICER;
import static vn.ntm.scope.Role.PROVINCE_OFFICER;

import java.util.Map;

/**
 * Everything the programme lets some people do and not others, each with its {@link Rule}: the one list that the
 * named methods of {@link Permissions}, the administrators' page of permissions and {@code docs/permissions.md} read.
 * Reading is not here: anyone signed in reads what is in their scope.
 */
public enum Action {
    /** Enter, change and submit indicator values, one by one or by Excel sheet (after entry closes: ask for it). */
    ENTER_VALUES(Rule.inScope(ADMIN, PROVINCE_OFFICER, COMMUNE_OFFICER, COMMUNE_LEADER)),
    /** Verify or return a criterion's submitted values. */
    VERIFY_VALUES(Rule.peopleOnly(
            Map.of(AGENCY_OFFICER, Condition.OWNED_CRITERIA, PROVINCE_OFFICER, Condition.UNOWNED_CRITERIA))),
    /** Freeze a verified value. */
    LOCK_VALUES(Rule.inScope(ADMIN)),
    /** Approve or reject a change asked for after entry closed (never one's own request). */
    DECIDE_LATE_CHANGES(Rule.inScope(ADMIN, COMMUNE_LEADER).and(PROVINCE_OFFICER, Condition.NO_OTHER_LEADER)),
    /** The commune's own list of change requests, in the menu. */
    FOLLOW_CHANGE_REQUESTS(
            Rule.peopleOnly(Map.of(COMMUNE_OFFICER, Condition.IN_SCOPE, COMMUNE_LEADER, Condition.IN_SCOPE))),
    /** Open or close a province's entry of a set's year. */
    OPEN_OR_CLOSE_ENTRY(Rule.inScope(ADMIN, PROVINCE_OFFICER)),
    /** A province's overlay: its thresholds, the bodies owning its criteria, its Excel sheet, a new overlay. */
    EDIT_PROVINCIAL_THRESHOLDS(Rule.inScope(ADMIN, PROVINCE_OFFICER)),
    /** The national catalog: import or author sets and indicators, the set's coverage. */
    EDIT_NATIONAL_CATALOG(Rule.inScope(ADMIN)),
    /** Import unit lists, mapping rows and unit attributes; resolve mappings. */
    IMPORT_UNITS(Rule.inScope(ADMIN)),
    /** Create, change and import users, reset their passwords. */
    MANAGE_USERS(Rule.inScope(ADMIN).and(PROVINCE_OFFICER, Condition.NARROWER_ROLES)),
    /** Keep a unit's bodies (cơ quan), people and their positions. */
    ADMINISTER_BODIES(Rule.inScope(ADMIN, PROVINCE_OFFICER, AGENCY_OFFICER, COMMUNE_OFFICER, COMMUNE_LEADER)),
    /** The administration pages (/admin). */
    OPEN_ADMINISTRATION(Rule.inScope(ADMIN, PROVINCE_OFFICER)),
    /** The Excel sheet of every commune in scope, from the menu. */
    USE_AREA_SHEETS(Rule.inScope(ADMIN, PROVINCE_OFFICER)),
    /** The audit trail of what belongs to no unit (users without a unit, the catalog, imports). */
    READ_NATIONAL_TRAIL(Rule.inScope(ADMIN)),
    /** Compose, regenerate and preview draft official documents (văn bản) of the bodies in scope. */
    DRAFT_DOCUMENTS(Rule.inScope(ADMIN, PROVINCE_OFFICER, AGENCY_OFFICER, COMMUNE_OFFICER, COMMUNE_LEADER)),
    /**
     * Issue a document: take its number, upload or confirm the signed copy, withdraw it. Who signs is not a
     * permission (the signer signs on paper or with their own certificate); this is who numbers and files.
     */
    ISSUE_DOCUMENTS(Rule.inScope(ADMIN, PROVINCE_OFFICER, COMMUNE_LEADER)
            .and(COMMUNE_OFFICER, Condition.OWN_BODY)
            .and(AGENCY_OFFICER, Condition.OWN_BODY)),
    /** A body's settings as an issuer of documents (header lines, symbol, place, series) and the Party's terms. */
    KEEP_ISSUERS(Rule.inScope(ADMIN, PROVINCE_OFFICER, COMMUNE_LEADER)),
    /** Keep the calendar of days off and make-up working days that working-day deadlines count on. */
    KEEP_CALENDAR(Rule.inScope(ADMIN));

    private final Rule rule;

    Action(Rule rule) {
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
