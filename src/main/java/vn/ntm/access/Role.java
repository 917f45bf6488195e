package vn.ntm.access;

/** What a user does in the programme. The unit a user is bound to limits where they do it. */
public enum Role {
    /** Runs the system: users, imports, catalog; the whole country. */
    ADMIN,
    /** Provincial coordination office or people's committee: compiles, opens entry periods, recognises. */
    PROVINCE_OFFICER,
    /** A department (sở) or office that owns and verifies some criteria. */
    AGENCY_OFFICER,
    /** The commune's NTM officer or a civil servant entering values. */
    COMMUNE_OFFICER,
    /** The commune's chairman or vice-chairman: approves changes after an entry period closes. */
    COMMUNE_LEADER,
    /** Reads only. */
    VIEWER;

    public boolean writes() {
        return this != VIEWER;
    }

    /** Roles this role may give when it creates users inside its own scope. */
    public boolean mayGrant(Role other) {
        return switch (this) {
            case ADMIN -> true;
            case PROVINCE_OFFICER -> other != ADMIN && other != PROVINCE_OFFICER;
            default -> false;
        };
    }
}
