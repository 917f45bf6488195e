package vn.ntm.audit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;
import vn.ntm.text.VietnameseNumber;

/**
 * The audit log as people read it, in their language: "Tạo giá trị", "Gửi", "Trạng thái: Nháp → Đã gửi", Vietnam's
 * time, numbers and dates written the Vietnamese way. The log itself keeps codes (CREATE, SUBMITTED, notEvaluated),
 * which are stable; every screen that shows entries goes through here, so no code reaches a reader.
 * <p>
 * Keys, most specific first: {@code audit.action.<entity>.<ACTION>} then {@code audit.action.<ACTION>};
 * {@code audit.field.<entity>.<field>} then {@code audit.field.<field>}; a value {@code audit.value.<field>.<VALUE>}
 * (states, roles, yes / no of a flag) then {@code audit.value.<VALUE>}. What only the caller can name (a unit, a
 * body, a person by id) comes from its {@link ValueWords}.
 */
@Component
public class AuditText {

    /** Names what the log stores as an id or a code only the calling module knows (a unit id, a body id...). */
    @FunctionalInterface
    public interface ValueWords {
        Optional<String> say(String entityType, String field, String value);

        ValueWords NONE = (entity, field, value) -> Optional.empty();
    }

    /** One entry as read: every part already in the reader's language. */
    public record Line(
            String at, String actor, String action, String field, String oldValue, String newValue, String reason) {}

    private final Messages messages;

    AuditText(Messages messages) {
        this.messages = messages;
    }

    public List<Line> lines(List<AuditEntry> entries, ValueWords words) {
        return entries.stream().map(e -> line(e, words)).toList();
    }

    public Line line(AuditEntry e, ValueWords words) {
        return new Line(
                VietnameseDates.format(e.at()),
                actor(e.actor()),
                action(e.entityType(), e.action()),
                e.field() == null ? "" : field(e.entityType(), e.field()),
                value(e.entityType(), e.field(), e.oldValue(), words),
                value(e.entityType(), e.field(), e.newValue(), words),
                reason(e.reason()));
    }

    /** "Tạo giá trị" for CREATE of an assessment value; the code itself only if no bundle names it. */
    public String action(String entity, String action) {
        return messages.find("audit.action." + entity + "." + action)
                .or(() -> messages.find("audit.action." + action))
                .orElse(action);
    }

    public String field(String entity, String field) {
        return messages.find("audit.field." + entity + "." + field)
                .or(() -> messages.find("audit.field." + field))
                .orElse(field);
    }

    private String value(String entity, String field, String value, ValueWords words) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (field != null) {
            Optional<String> named =
                    words.say(entity, field, value).or(() -> messages.find("audit.value." + field + "." + value));
            if (named.isPresent()) {
                return named.get();
            }
        }
        Optional<String> common = messages.find("audit.value." + value);
        if (common.isPresent()) {
            return common.get();
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return VietnameseDates.parse(value).map(VietnameseDates::format).orElse(value);
        }
        if ("value".equals(field) && value.matches("-?\\d+(\\.\\d+)?")) {
            return VietnameseNumber.parse(value).map(AuditText::number).orElse(value);
        }
        return value;
    }

    /** A measured value as the reader writes it: 20,5 and 1.044.000 in Vietnamese, 20.5 in English. */
    private static String number(BigDecimal number) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.currentLocale());
        format.setMaximumFractionDigits(6);
        return format.format(number.stripTrailingZeros());
    }

    /** The system's own actor and reasons are named, not shown as codes. */
    private String actor(String actor) {
        return actor == null ? "" : messages.find("audit.actor." + actor).orElse(actor);
    }

    private String reason(String reason) {
        if (reason == null) {
            return "";
        }
        return reason.matches("[A-Z][A-Z_]+")
                ? messages.find("audit.reason." + reason).orElse(reason)
                : reason;
    }
}
