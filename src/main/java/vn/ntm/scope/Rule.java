package vn.ntm.scope;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may take one action: the roles granted it, each under a {@link Condition}, and whether the system may. A rule
 * is data: the named methods of {@link Permissions} read it and the table of permissions prints it, so the two
 * cannot disagree. A step defined as data later (a recognition workflow's step) carries its own rule, written as
 * {@link #parse(String)} reads it, and is checked by the same {@link Permissions#allows(Actor, Rule)}.
 */
public record Rule(Map<Role, Condition> grants, boolean system) {

    /** In data: {@code "PROVINCE_OFFICER, ADMIN"}, a condition after a colon, {@code system} for the system. */
    public static final String SYSTEM_TOKEN = "system";

    public Rule {
        EnumMap<Role, Condition> copy = new EnumMap<>(Role.class);
        copy.putAll(grants);
        grants = Collections.unmodifiableMap(copy);
    }

    /** The roles given, each within its scope; the system too. */
    static Rule inScope(Role... roles) {
        return new Rule(all(roles), true);
    }

    /** Like {@link #inScope}, and the system may not (the action needs a person: a body, a leader). */
    static Rule peopleOnly(Map<Role, Condition> grants) {
        return new Rule(grants, false);
    }

    Rule and(Role role, Condition condition) {
        EnumMap<Role, Condition> more = new EnumMap<>(Role.class);
        more.putAll(grants);
        more.put(role, condition);
        return new Rule(more, system);
    }

    /** The condition under which the actor may act; empty when the rule does not grant it to them at all. */
    public Optional<Condition> conditionFor(Actor actor) {
        if (actor instanceof Actor.Person p) {
            return Optional.ofNullable(grants.get(p.role()));
        }
        return actor instanceof Actor.Machine && system ? Optional.of(Condition.IN_SCOPE) : Optional.empty();
    }

    /** A rule written as data (see {@link #SYSTEM_TOKEN}); an unknown role or condition is refused. */
    public static Rule parse(String text) {
        EnumMap<Role, Condition> grants = new EnumMap<>(Role.class);
        boolean system = false;
        for (String part : text.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            if (item.equals(SYSTEM_TOKEN)) {
                system = true;
                continue;
            }
            String[] roleAndCondition = item.split(":", 2);
            Role role = Role.valueOf(roleAndCondition[0].trim());
            Condition condition =
                    roleAndCondition.length == 1 ? Condition.IN_SCOPE : Condition.valueOf(roleAndCondition[1].trim());
            grants.put(role, condition);
        }
        return new Rule(grants, system);
    }

    private static Map<Role, Condition> all(Role... roles) {
        EnumMap<Role, Condition> grants = new EnumMap<>(Role.class);
        Arrays.stream(roles).forEach(r -> grants.put(r, Condition.IN_SCOPE));
        return grants;
    }
}
