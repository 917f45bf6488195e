package vn.ntm.access;

import org.springframework.stereotype.Component;
import vn.ntm.org.BodyDirectory;
import vn.ntm.scope.Action;
import vn.ntm.scope.Actor;
import vn.ntm.scope.Permissions;

/**
 * The policy as templates ask it about the signed-in caller ({@code th:if="${@may.openAdministration()}"}), so that
 * no template names a role: a menu shows what {@link Permissions} lets the caller do.
 */
@Component("may")
class CallerPermissions {

    private final BodyDirectory bodies;

    CallerPermissions(BodyDirectory bodies) {
        this.bodies = bodies;
    }

    public boolean openAdministration() {
        return Permissions.mayOpenAdministration(AccessScope.currentActor());
    }

    public boolean manageUsers() {
        return Permissions.mayManageUsers(AccessScope.currentActor());
    }

    public boolean verifyValues() {
        return Permissions.allows(AccessScope.currentActor(), Action.VERIFY_VALUES);
    }

    public boolean openOrCloseEntry() {
        return Permissions.mayOpenOrCloseEntry(AccessScope.currentActor());
    }

    public boolean followChangeRequests() {
        return Permissions.mayFollowChangeRequests(AccessScope.currentActor());
    }

    public boolean useAreaSheets() {
        return Permissions.mayUseAreaSheets(AccessScope.currentActor());
    }

    public boolean importUnits() {
        return Permissions.mayImportUnits(AccessScope.currentActor());
    }

    public boolean draftDocuments() {
        return Permissions.mayDraftDocuments(AccessScope.currentActor());
    }

    /** Number, file the signed copy of, withdraw the documents of this body (null: of some body). */
    public boolean issueDocuments(Long issuerBodyId) {
        Actor actor = AccessScope.currentActor();
        return issuerBodyId == null
                ? Permissions.mayIssueSomeDocuments(actor)
                : Permissions.mayIssueDocuments(actor, issuerBodyId, bodies::parentOf, bodies::isOffice);
    }

    public boolean keepIssuers() {
        return Permissions.mayKeepIssuers(AccessScope.currentActor());
    }
}
