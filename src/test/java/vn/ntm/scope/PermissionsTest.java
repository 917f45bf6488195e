package vn.ntm.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/** One line per rule of the policy: who may, who may not. The whole matrix over HTTP is {@link ScopeMatrixTest}. */
class PermissionsTest {

    private static final Actor ADMIN = person(Role.ADMIN, null);
    private static final Actor PROVINCE = person(Role.PROVINCE_OFFICER, null);
    private static final Actor AGENCY = person(Role.AGENCY_OFFICER, 7L);
    private static final Actor AGENCY_WITHOUT_BODY = person(Role.AGENCY_OFFICER, null);
    private static final Actor OFFICER = person(Role.COMMUNE_OFFICER, null);
    private static final Actor LEADER = new Actor.Person("lanhdao", Role.COMMUNE_LEADER, 2L, null);
    private static final Actor VIEWER = person(Role.VIEWER, null);
    private static final Actor SYSTEM = new Actor.Machine("cli:root");
    private static final Map<Long, String> BODY_TYPES = Map.of(7L, "SO_Y_TE");

    private static Actor person(Role role, Long bodyId) {
        return new Actor.Person(role.name().toLowerCase(), role, 1L, bodyId);
    }

    @Test
    void enter_values_on_screen_and_by_sheet_commune_province_admin_system_but_not_agency_viewer_nobody() {
        assertThat(List.of(OFFICER, LEADER, PROVINCE, ADMIN, SYSTEM)).allMatch(Permissions::mayEnterValues);
        assertThat(List.of(AGENCY, VIEWER, Actor.NOBODY)).noneMatch(Permissions::mayEnterValues);
    }

    @Test
    void verify_a_criterion_its_owning_body_only_and_the_province_the_criteria_nobody_owns() {
        assertThat(Permissions.mayVerify(AGENCY, "SO_Y_TE", BODY_TYPES::get)).isTrue();
        assertThat(Permissions.mayVerify(AGENCY, "SO_GIAO_DUC", BODY_TYPES::get))
                .isFalse();
        assertThat(Permissions.mayVerify(AGENCY, null, BODY_TYPES::get)).isFalse();
        assertThat(Permissions.mayVerify(AGENCY_WITHOUT_BODY, "SO_Y_TE", BODY_TYPES::get))
                .isFalse();
        assertThat(Permissions.mayVerify(PROVINCE, null, BODY_TYPES::get)).isTrue();
        assertThat(Permissions.mayVerify(PROVINCE, "SO_Y_TE", BODY_TYPES::get)).isFalse();
        assertThat(List.of(ADMIN, SYSTEM, OFFICER, LEADER, VIEWER))
                .noneMatch(a -> Permissions.mayVerify(a, null, BODY_TYPES::get));
    }

    @Test
    void the_owner_a_caller_verifies_for_is_their_body_s_type_or_the_unowned_ones_or_none() {
        assertThat(Permissions.ownerVerifiedBy(AGENCY, BODY_TYPES::get)).isEqualTo("SO_Y_TE");
        assertThat(Permissions.ownerVerifiedBy(PROVINCE, BODY_TYPES::get)).isEmpty();
        assertThat(Permissions.ownerVerifiedBy(OFFICER, BODY_TYPES::get)).isNull();
    }

    @Test
    void lock_values_administrator_and_system_only() {
        assertThat(List.of(ADMIN, SYSTEM)).allMatch(Permissions::mayLockValues);
        assertThat(List.of(PROVINCE, AGENCY, OFFICER, LEADER, VIEWER)).noneMatch(Permissions::mayLockValues);
    }

    @Test
    void decide_a_late_change_the_leader_the_administrator_the_province_only_when_no_other_leader() {
        List<String> twoLeaders = List.of("lanhdao", "phochutich");
        assertThat(Permissions.mayDecideLateChange(LEADER, "xa", twoLeaders)).isTrue();
        assertThat(Permissions.mayDecideLateChange(ADMIN, "xa", twoLeaders)).isTrue();
        assertThat(Permissions.mayDecideLateChange(PROVINCE, "xa", twoLeaders)).isFalse();
        assertThat(Permissions.mayDecideLateChange(PROVINCE, "lanhdao", List.of("LanhDao")))
                .isTrue();
        assertThat(Permissions.mayDecideLateChange(OFFICER, "xa", List.of())).isFalse();
        assertThat(Permissions.mayDecideLateChanges(PROVINCE)).isTrue();
        assertThat(Permissions.mayDecideLateChanges(AGENCY)).isFalse();
    }

    @Test
    void approve_never_one_s_own_request_though_a_leader_may_reject_it() {
        assertThat(Permissions.mayApproveLateChange(LEADER, "LANHDAO", List.of("lanhdao")))
                .isFalse();
        assertThat(Permissions.mayDecideLateChange(LEADER, "lanhdao", List.of("lanhdao")))
                .isTrue();
        assertThat(Permissions.mayApproveLateChange(LEADER, "xa", List.of("lanhdao")))
                .isTrue();
    }

    @Test
    void follow_change_requests_in_the_menu_commune_officers_and_leaders() {
        assertThat(List.of(OFFICER, LEADER)).allMatch(Permissions::mayFollowChangeRequests);
        assertThat(List.of(ADMIN, PROVINCE, SYSTEM)).noneMatch(Permissions::mayFollowChangeRequests);
    }

    @Test
    void open_or_close_entry_province_administrator_system() {
        assertThat(List.of(PROVINCE, ADMIN, SYSTEM)).allMatch(Permissions::mayOpenOrCloseEntry);
        assertThat(List.of(AGENCY, OFFICER, LEADER, VIEWER)).noneMatch(Permissions::mayOpenOrCloseEntry);
    }

    @Test
    void edit_a_provincial_threshold_province_officer_and_administrator() {
        assertThat(List.of(PROVINCE, ADMIN, SYSTEM)).allMatch(Permissions::mayEditProvincialThresholds);
        assertThat(List.of(AGENCY, OFFICER, VIEWER)).noneMatch(Permissions::mayEditProvincialThresholds);
    }

    @Test
    void edit_the_national_catalog_administrator_and_system_only() {
        assertThat(List.of(ADMIN, SYSTEM)).allMatch(Permissions::mayEditNationalCatalog);
        assertThat(List.of(PROVINCE, AGENCY, LEADER)).noneMatch(Permissions::mayEditNationalCatalog);
    }

    @Test
    void import_units_administrator_and_system_only() {
        assertThat(List.of(ADMIN, SYSTEM)).allMatch(Permissions::mayImportUnits);
        assertThat(List.of(PROVINCE, OFFICER, VIEWER)).noneMatch(Permissions::mayImportUnits);
    }

    @Test
    void manage_users_administrator_any_role_province_officer_only_narrower_roles() {
        assertThat(List.of(ADMIN, PROVINCE, SYSTEM)).allMatch(Permissions::mayManageUsers);
        assertThat(List.of(AGENCY, OFFICER, LEADER, VIEWER)).noneMatch(Permissions::mayManageUsers);
        assertThat(Permissions.mayGrant(ADMIN, Role.ADMIN)).isTrue();
        assertThat(Permissions.mayGrant(PROVINCE, Role.COMMUNE_LEADER)).isTrue();
        assertThat(Permissions.mayGrant(PROVINCE, Role.PROVINCE_OFFICER)).isFalse();
        assertThat(Permissions.mayGrant(PROVINCE, Role.ADMIN)).isFalse();
        assertThat(Permissions.mayGrant(OFFICER, Role.VIEWER)).isFalse();
    }

    @Test
    void administer_bodies_every_role_that_writes_but_the_viewer() {
        assertThat(List.of(ADMIN, PROVINCE, AGENCY, OFFICER, LEADER, SYSTEM))
                .allMatch(Permissions::mayAdministerBodies);
        assertThat(List.of(VIEWER, Actor.NOBODY)).noneMatch(Permissions::mayAdministerBodies);
    }

    @Test
    void open_administration_and_the_area_sheets_province_officer_and_administrator() {
        assertThat(List.of(ADMIN, PROVINCE))
                .allMatch(a -> Permissions.mayOpenAdministration(a) && Permissions.mayUseAreaSheets(a));
        assertThat(List.of(AGENCY, OFFICER, VIEWER))
                .noneMatch(a -> Permissions.mayOpenAdministration(a) || Permissions.mayUseAreaSheets(a));
        assertThat(Permissions.roleNames(Action.OPEN_ADMINISTRATION)).containsExactly("ADMIN", "PROVINCE_OFFICER");
    }

    @Test
    void read_the_national_trail_administrator_and_system_only() {
        assertThat(List.of(ADMIN, SYSTEM)).allMatch(Permissions::mayReadNationalTrail);
        assertThat(List.of(PROVINCE, VIEWER)).noneMatch(Permissions::mayReadNationalTrail);
    }

    @Test
    void draft_documents_every_role_that_writes_but_the_viewer() {
        assertThat(List.of(ADMIN, PROVINCE, AGENCY, OFFICER, LEADER, SYSTEM)).allMatch(Permissions::mayDraftDocuments);
        assertThat(List.of(VIEWER, Actor.NOBODY)).noneMatch(Permissions::mayDraftDocuments);
    }

    // The directory of the issuing tests: an Ủy ban (10) with its Văn phòng - Thống kê office (11) and a phòng (12);
    // a Đảng ủy (20) with its Văn phòng (21, an office) and its Ban Thường vụ (22); a Sở (30) under the provincial
    // Ủy ban (40).
    private static final Map<Long, Long> PARENTS = Map.of(11L, 10L, 12L, 10L, 21L, 20L, 22L, 20L, 30L, 40L);
    private static final Set<Long> OFFICES = Set.of(11L, 21L);

    private static boolean issues(Actor actor, long issuerBodyId) {
        return Permissions.mayIssueDocuments(actor, issuerBodyId, PARENTS::get, OFFICES::contains);
    }

    private static Actor officerOf(Long bodyId) {
        return person(Role.COMMUNE_OFFICER, bodyId);
    }

    @Test
    void issue_documents_administrator_province_leader_and_system_of_any_body_in_scope_without_asking_the_directory() {
        LongFunction<Long> noParent = id -> fail("the rule looked up a parent it does not need");
        LongPredicate noOffice = id -> fail("the rule looked up an office it does not need");
        assertThat(List.of(ADMIN, PROVINCE, LEADER, SYSTEM))
                .allMatch(a -> Permissions.mayIssueDocuments(a, 10L, noParent, noOffice));
        assertThat(List.of(VIEWER, Actor.NOBODY))
                .noneMatch(a -> issues(a, 10L) || Permissions.mayIssueSomeDocuments(a));
        assertThat(List.of(OFFICER, AGENCY)).allMatch(Permissions::mayIssueSomeDocuments);
    }

    @Test
    void
            issue_documents_an_officer_of_their_own_body_only_and_an_office_s_staff_of_the_body_it_serves_and_its_organs() {
        assertThat(issues(officerOf(10L), 10L)).isTrue();
        assertThat(issues(officerOf(10L), 20L)).isFalse();
        assertThat(issues(officerOf(11L), 10L))
                .as("the UBND's office issues for the UBND")
                .isTrue();
        assertThat(issues(officerOf(11L), 12L))
                .as("and for a phòng of the UBND")
                .isTrue();
        assertThat(issues(officerOf(11L), 20L)).isFalse();
        assertThat(issues(officerOf(12L), 12L)).isTrue();
        assertThat(issues(officerOf(12L), 10L))
                .as("a phòng is no office: not the UBND's documents")
                .isFalse();
        assertThat(issues(officerOf(21L), 20L))
                .as("the Văn phòng Đảng ủy for the Đảng ủy")
                .isTrue();
        assertThat(issues(officerOf(21L), 22L)).as("and for its Ban Thường vụ").isTrue();
        assertThat(issues(officerOf(21L), 10L)).isFalse();
        assertThat(issues(officerOf(null), 10L))
                .as("an officer without a body issues nothing")
                .isFalse();
        Actor agency = person(Role.AGENCY_OFFICER, 30L);
        assertThat(issues(agency, 30L)).isTrue();
        assertThat(issues(agency, 40L))
                .as("a Sở under the provincial UBND is no office of it")
                .isFalse();
    }

    @Test
    void keep_issuers_administrator_province_officer_commune_leader_and_system() {
        assertThat(List.of(ADMIN, PROVINCE, LEADER, SYSTEM)).allMatch(Permissions::mayKeepIssuers);
        assertThat(List.of(AGENCY, OFFICER, VIEWER, Actor.NOBODY)).noneMatch(Permissions::mayKeepIssuers);
    }

    @Test
    void keep_calendar_administrator_and_system_only() {
        assertThat(List.of(ADMIN, SYSTEM)).allMatch(Permissions::mayKeepCalendar);
        assertThat(List.of(PROVINCE, LEADER, AGENCY, OFFICER, VIEWER, Actor.NOBODY))
                .noneMatch(Permissions::mayKeepCalendar);
    }

    @Test
    void a_step_defined_as_data_is_checked_by_the_same_policy() {
        Rule appraise = Rule.parse("PROVINCE_OFFICER, ADMIN:IN_SCOPE, system");
        assertThat(List.of(PROVINCE, ADMIN, SYSTEM)).allMatch(a -> Permissions.allows(a, appraise));
        assertThat(List.of(LEADER, AGENCY, Actor.NOBODY)).noneMatch(a -> Permissions.allows(a, appraise));
        assertThat(Permissions.allows(SYSTEM, Rule.parse("COMMUNE_LEADER"))).isFalse();
        assertThatThrownBy(() -> Rule.parse("MAYOR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_system_is_an_actor_without_a_role() {
        assertThat(SYSTEM.roleIfPerson()).isEmpty();
        assertThat(LEADER.roleIfPerson()).contains(Role.COMMUNE_LEADER);
    }
}
