package vn.ntm.access;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.audit.AuditText;
import vn.ntm.errors.ProblemException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.PeopleDirectory;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * A user's audit trail as people read it (see {@link AuditText}): units by name and code, the body and the person
 * by name, instead of ids.
 */
@Component
class UserTrail {

    private final UserAdministration users;
    private final Units units;
    private final AuditText text;
    private final BodyDirectory bodies;
    private final PeopleDirectory people;

    UserTrail(UserAdministration users, Units units, AuditText text, BodyDirectory bodies, PeopleDirectory people) {
        this.users = users;
        this.units = units;
        this.text = text;
        this.bodies = bodies;
        this.people = people;
    }

    /** The trail of a user the caller may see, oldest first. */
    List<AuditText.Line> of(long userId) {
        return text.lines(users.history(userId), this::unitName);
    }

    private Optional<String> unitName(String entity, String field, String value) {
        if (!value.matches("\\d+")) {
            return Optional.empty();
        }
        long id = Long.parseLong(value);
        try {
            return switch (field) {
                case "unitId" -> units.find(id).map(UserTrail::unitName);
                case "bodyId" -> Optional.of(bodies.get(id).name());
                case "personId" -> Optional.of(people.get(id).fullName());
                default -> Optional.empty();
            };
        } catch (ProblemException e) {
            return Optional.empty(); // gone or outside the reader's scope: the number is all that may be shown
        }
    }

    private static String unitName(UnitView unit) {
        return unit.name() + " (" + unit.code() + ")";
    }
}
