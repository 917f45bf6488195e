package vn.ntm.scope;

/** The scope of the user making the current request. Implemented by the access module. */
public interface CurrentScope {

    UnitScope get();

    /** Who is acting: a person with a role, the system, or nobody. What they may do: {@link Permissions}. */
    Actor actor();

    /** Whether the caller is an administrator or the system (national, everything). */
    boolean isAdministrator();

    /** Login name of the caller, for the audit trail ("system" outside a request). */
    String username();

    /** The signed-in person's role; null for the system (an actor, not a role) and when nobody is signed in. */
    default Role role() {
        return actor().roleIfPerson().orElse(null);
    }

    /** The body (cơ quan) the caller works in, if their account names one. */
    Long bodyId();

    /** The unit the caller's account is bound to, or null for a national account or the system. */
    Long unitId();
}
