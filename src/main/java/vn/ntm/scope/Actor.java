package vn.ntm.scope;

import java.util.Optional;

/**
 * Who is acting: a person signed in with a role (bound to a unit and perhaps a body), the system itself (command-line
 * imports, demo data, start-up work: national, no role), or nobody (not signed in). The system is a kind of actor,
 * never a role.
 */
public sealed interface Actor permits Actor.Person, Actor.Machine, Actor.Nobody {

    Actor NOBODY = new Nobody();

    /** A signed-in person. {@code unitId} null: a national account; {@code bodyId} null: no body named. */
    record Person(String username, Role role, Long unitId, Long bodyId) implements Actor {}

    /** The system acting under a name ("system", "demo", "cli:root"), with national scope. */
    record Machine(String name) implements Actor {}

    /** Nobody is signed in. */
    record Nobody() implements Actor {}

    /** The person's role; empty for the system and for nobody. */
    default Optional<Role> roleIfPerson() {
        return this instanceof Person p ? Optional.of(p.role()) : Optional.empty();
    }
}
