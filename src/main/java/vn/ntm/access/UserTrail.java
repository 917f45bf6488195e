package vn.ntm.access;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.audit.AuditText;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/** A user's audit trail as people read it (see {@link AuditText}); units by name and code instead of ids. */
@Component
class UserTrail {

    private final UserAdministration users;
    private final Units units;
    private final AuditText text;

    UserTrail(UserAdministration users, Units units, AuditText text) {
        this.users = users;
        this.units = units;
        this.text = text;
    }

    /** The trail of a user the caller may see, oldest first. */
    List<AuditText.Line> of(long userId) {
        return text.lines(users.history(userId), this::unitName);
    }

    private Optional<String> unitName(String entity, String field, String value) {
        if (!"unitId".equals(field) || !value.matches("\\d+")) {
            return Optional.empty();
        }
        return units.find(Long.parseLong(value)).map(UserTrail::unitName);
    }

    private static String unitName(UnitView unit) {
        return unit.name() + " (" + unit.code() + ")";
    }
}
