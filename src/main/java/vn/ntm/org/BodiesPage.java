package vn.ntm.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ntm.audit.AuditText;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * Fills the bodies screens: one unit's bodies with who holds what in each, the edit form of a body, and the unit
 * chooser. Shared by {@link BodyPages} and {@link PositionPages}, which re-show the page after a refused form.
 */
@Component
class BodiesPage {

    /** A person's running position, as listed under its body. */
    record Holder(String fullName, PositionView position) {}

    /** The signing positions of one body type, in the reader's language: one group of the position select. */
    record PositionGroup(String bodyTypeName, List<PositionChoice> positions) {}

    /** A position to choose: its code and its name. */
    record PositionChoice(String code, String name) {}

    private final BodyDirectory bodies;
    private final PeopleDirectory people;
    private final Units units;
    private final CurrentScope scope;
    private final Messages messages;
    private final AuditText trail;

    BodiesPage(
            BodyDirectory bodies,
            PeopleDirectory people,
            Units units,
            CurrentScope scope,
            Messages messages,
            AuditText trail) {
        this.trail = trail;
        this.bodies = bodies;
        this.people = people;
        this.units = units;
        this.scope = scope;
        this.messages = messages;
    }

    /** The unit's bodies, the people in each, and the forms; refused (403 page) outside the caller's scope. */
    String show(long unitId, Model model) {
        UnitView unit = units.get(unitId);
        List<BodyView> list = bodies.list(unitId);
        List<BodyType> types = bodies.types(unit.level());
        model.addAttribute("unit", unit);
        model.addAttribute("bodies", list);
        model.addAttribute("bodyNames", bodyNames(list));
        model.addAttribute("types", types);
        model.addAttribute("typeNames", typeNames(types));
        List<PersonView> persons = people.list(unitId);
        model.addAttribute("people", persons);
        model.addAttribute("holders", holders(persons, units.today()));
        model.addAttribute("positionGroups", positionGroups(list, typeNames(types)));
        // Forms are offered only where the caller may write; the services refuse anyway.
        model.addAttribute("writable", scope.get().canWrite(unitId));
        if (!model.containsAttribute("bodyForm")) {
            model.addAttribute("bodyForm", new BodyForm(unitId, null, null, null, null, null, null, null));
        }
        return "admin/bodies";
    }

    /**
     * The options of the position select for one body (htmx, when the body is chosen): the signing positions of
     * its type, or of every type of the unit's bodies when none is chosen. Refused outside the caller's scope.
     */
    String positionChoices(long unitId, Long bodyId, Model model) {
        UnitView unit = units.get(unitId);
        List<BodyView> chosen = bodyId == null
                ? bodies.list(unitId)
                : List.of(bodies.list(unitId).stream()
                        .filter(b -> b.id() == bodyId)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("bodyId", "org.error.body.notFound", bodyId)));
        model.addAttribute("positionGroups", positionGroups(chosen, typeNames(bodies.types(unit.level()))));
        return "admin/bodies :: positionOptions";
    }

    /** The edit form of a body, with the record as stored now (shown beside a refused save). */
    String edit(BodyView body, Model model) {
        UnitView unit = units.get(body.unitId());
        List<BodyType> types = bodies.types(unit.level());
        model.addAttribute("unit", unit);
        model.addAttribute("body", body);
        model.addAttribute("types", types);
        model.addAttribute("typeNames", typeNames(types));
        List<BodyView> others =
                bodies.list(unit.id()).stream().filter(b -> b.id() != body.id()).toList();
        model.addAttribute("others", others);
        Map<String, String> typeNames = typeNames(types);
        Map<Long, String> bodyNames = bodyNames(others);
        // the log keeps the type's code and the parent's id: named here, where the unit's bodies are known
        model.addAttribute("history", trail.lines(bodies.history(body.id()), (entity, field, value) -> switch (field) {
            case "bodyType" -> Optional.ofNullable(typeNames.get(value));
            case "parentBodyId" ->
                value.matches("\\d+") ? Optional.ofNullable(bodyNames.get(Long.parseLong(value))) : Optional.empty();
            default -> Optional.empty();
        }));
        return "admin/body-edit";
    }

    /** Without a unit: the units at the top of the caller's scope, or those matching a name or code. */
    String chooser(String q, Model model) {
        LocalDate today = units.today();
        List<UnitView> found = List.of();
        try {
            if (q != null && q.trim().matches("\\d{2,5}")) {
                return "redirect:/admin/bodies?unit="
                        + units.byCode(q.trim(), today).id();
            }
            found = q == null || q.isBlank() ? topOfScope(today) : units.search(q, today, null, 50);
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("pageError", messages.get(e.messageKey(), e.args()));
        }
        model.addAttribute("q", q);
        model.addAttribute("units", found);
        return "admin/body-units";
    }

    private List<UnitView> topOfScope(LocalDate today) {
        for (UnitLevel level : UnitLevel.values()) {
            List<UnitView> found = units.level(level, today);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The running positions of the unit's people, by body, so each body lists who holds what today. */
    private static Map<Long, List<Holder>> holders(List<PersonView> persons, LocalDate today) {
        Map<Long, List<Holder>> byBody = new HashMap<>();
        for (PersonView p : persons) {
            for (PositionView position : p.positions()) {
                if (position.validTo() == null || position.validTo().isAfter(today)) {
                    byBody.computeIfAbsent(position.bodyId(), k -> new ArrayList<>())
                            .add(new Holder(p.fullName(), position));
                }
            }
        }
        return byBody;
    }

    private static Map<Long, String> bodyNames(List<BodyView> list) {
        Map<Long, String> names = new HashMap<>();
        list.forEach(b -> names.put(b.id(), b.name()));
        return names;
    }

    /** Body type names in the caller's language. */
    /**
     * The signing positions that exist in each type of the unit's active bodies (a Chủ tịch in an Ủy ban nhân dân,
     * a Bí thư in a Đảng ủy), grouped by body type; types without one are left out.
     */
    private List<PositionGroup> positionGroups(List<BodyView> list, Map<String, String> typeNames) {
        boolean english = "en".equals(Messages.currentLocale().getLanguage());
        Set<String> present =
                list.stream().filter(BodyView::active).map(BodyView::bodyType).collect(Collectors.toSet());
        List<PositionType> signing =
                people.positionTypes(null).stream().filter(PositionType::signs).toList();
        List<PositionGroup> groups = new ArrayList<>();
        // in the order of the type list, as the body select of the create form shows them
        typeNames.forEach((type, typeName) -> {
            if (!present.contains(type)) {
                return;
            }
            List<PositionChoice> choices = signing.stream()
                    .filter(t -> t.existsIn(type))
                    .map(t -> new PositionChoice(t.code(), english ? t.nameEn() : t.nameVi()))
                    .toList();
            if (!choices.isEmpty()) {
                groups.add(new PositionGroup(typeName, choices));
            }
        });
        return groups;
    }

    private static Map<String, String> typeNames(List<BodyType> types) {
        boolean english = "en".equals(Messages.currentLocale().getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        types.forEach(t -> names.put(t.code(), english ? t.nameEn() : t.nameVi()));
        return names;
    }
}
