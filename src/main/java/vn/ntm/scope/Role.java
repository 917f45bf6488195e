package vn.ntm.scope;

/**
 * What a person does in the programme. The unit a user is bound to limits where they do it. What each role may do
 * is written once, in {@link Permissions}. The order is from the widest role to the narrowest: a province officer
 * grants only the roles after their own.
 */
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

    /** Whether the role changes anything at all (a viewer only reads): its scope is read-only otherwise. */
    public boolean writes() {
        return this != VIEWER;
    }

    /** Whether this role comes after {@code other} in the order above (a narrower role). */
    boolean narrowerThan(Role other) {
        return ordinal() > other.ordinal();
    }
}
