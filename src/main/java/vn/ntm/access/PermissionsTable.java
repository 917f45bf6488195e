package vn.ntm.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import vn.ntm.scope.Action;
import vn.ntm.scope.Actor;
import vn.ntm.scope.Condition;
import vn.ntm.scope.Permissions;
import vn.ntm.scope.Role;
import vn.ntm.scope.Rule;

/**
 * The role × action × scope table, read from the rules that {@link Permissions} applies (never written by hand): the
 * administrators' page shows it and {@code docs/permissions.md} holds it in both languages.
 */
final class PermissionsTable {

    /** One action: its words and, per column (each role, then the system), what the rule grants; null: nothing. */
    record Line(Action action, String label, List<String> cells) {}

    record Table(List<String> columns, List<Line> lines) {}

    private final MessageSource messages;

    PermissionsTable(MessageSource messages) {
        this.messages = messages;
    }

    Table table(Locale locale) {
        List<String> columns = new ArrayList<>();
        for (Role role : Role.values()) {
            columns.add(text("role." + role.name(), locale));
        }
        columns.add(text("permissions.system", locale));
        List<Line> lines = new ArrayList<>();
        for (Action action : Action.values()) {
            List<String> cells = new ArrayList<>();
            for (Role role : Role.values()) {
                cells.add(cell(action.rule(), new Actor.Person("", role, null, null), locale));
            }
            cells.add(cell(action.rule(), new Actor.Machine(""), locale));
            lines.add(new Line(action, text("permissions.action." + action.name(), locale), cells));
        }
        return new Table(columns, lines);
    }

    /** The table as Markdown, in the language given. */
    String markdown(Locale locale) {
        Table table = table(locale);
        StringBuilder md = new StringBuilder();
        md.append("| ").append(text("permissions.action", locale)).append(" |");
        table.columns().forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|---|");
        table.columns().forEach(c -> md.append("---|"));
        md.append('\n');
        String no = text("permissions.no", locale);
        for (Line line : table.lines()) {
            md.append("| ")
                    .append(line.label())
                    .append(" (`")
                    .append(line.action().name())
                    .append("`) |");
            line.cells().forEach(c -> md.append(' ').append(c == null ? no : c).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    private String cell(Rule rule, Actor actor, Locale locale) {
        Optional<Condition> condition = rule.conditionFor(actor);
        return condition
                .map(c -> text("permissions.condition." + c.name(), locale))
                .orElse(null);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
