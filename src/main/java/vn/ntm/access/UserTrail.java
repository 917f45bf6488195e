package vn.ntm.access;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ntm.audit.AuditEntry;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/** A user's audit trail as people read it: local time, field and role names, units by name instead of ids. */
@Component
class UserTrail {

    /** One line of the trail, every value already in the reader's language. */
    record Row(String at, String actor, String action, String field, String oldValue, String newValue,
               String reason) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Map<String, String> FIELD_LABELS = Map.of("username", "login.username", "role",
            "home.role", "unitId", "admin.user.unit", "enabled", "users.status", "bodyId",
            "admin.history.field.bodyId", "personId", "admin.history.field.personId");

    private final UserAdministration users;
    private final Units units;
    private final Messages messages;
    private final Clock clock;

    UserTrail(UserAdministration users, Units units, Messages messages, Clock clock) {
        this.users = users;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** The trail of a user the caller may see, oldest first. */
    List<Row> of(long userId) {
        return users.history(userId).stream().map(this::row).toList();
    }

    private Row row(AuditEntry e) {
        String field = e.field() == null ? "" : messages.get(FIELD_LABELS.getOrDefault(e.field(), e.field()));
        String action = messages.get("admin.history.action." + e.action());
        return new Row(TIME.format(e.at().atZoneSameInstant(clock.getZone())), e.actor(),
                action.startsWith("admin.") ? e.action() : action, field, value(e.field(), e.oldValue()),
                value(e.field(), e.newValue()), e.reason());
    }

    private String value(String field, String value) {
        if (value == null || field == null) {
            return value;
        }
        return switch (field) {
            case "role" -> messages.get("role." + value);
            case "enabled" -> messages.get(Boolean.parseBoolean(value) ? "admin.user.enabled" : "users.disabled");
            case "unitId" -> units.find(Long.parseLong(value)).map(UserTrail::unitName).orElse(value);
            default -> value;
        };
    }

    private static String unitName(UnitView unit) {
        return unit.name() + " (" + unit.code() + ")";
    }
}
