package vn.ntm.scope;

/** The scope of the user making the current request. Implemented by the access module. */
public interface CurrentScope {

    UnitScope get();

    /** Whether the caller is an administrator (manages users, imports, catalog). */
    boolean isAdministrator();

    /** Login name of the caller, for the audit trail ("system" outside a request). */
    String username();

    /** The caller's role name (ADMIN, PROVINCE_OFFICER, AGENCY_OFFICER, COMMUNE_OFFICER, COMMUNE_LEADER, VIEWER),
     *  SYSTEM for the system itself, or null when nobody is signed in. */
    String role();

    /** The body (cơ quan) the caller works in, if their account names one. */
    Long bodyId();

    /** The unit the caller's account is bound to, or null for a national account or the system. */
    Long unitId();
}
