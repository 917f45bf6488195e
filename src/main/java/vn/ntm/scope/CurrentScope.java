package vn.ntm.scope;

/** The scope of the user making the current request. Implemented by the access module. */
public interface CurrentScope {

    UnitScope get();

    /** Whether the caller is an administrator (manages users, imports, catalog). */
    boolean isAdministrator();

    /** Login name of the caller, for the audit trail ("system" outside a request). */
    String username();
}
