package vn.ntm.unit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.audit.AuditText;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;
import vn.ntm.web.FormDates;
import vn.ntm.web.FormErrors;

/**
 * The attributes of one unit for an administrator: region, especially-difficult flag, commune group, each with
 * its periods and legal basis. Values come from {@link UnitAttributes#allowedValues}; the rules (administrators
 * only, known values, no overlapping periods, versions) stay in {@link UnitAttributes}.
 */
@Controller
class UnitAttributePages {

    private static final List<String> FIELDS = List.of("value", "validFrom", "lastDay", "legalBasis");

    /**
     * An attribute value as typed. Dates stay text so a mistyped one is shown back; {@code lastDay} is the last day
     * in force, inclusive, as decisions write it (empty while in force).
     */
    record AttributeFields(
            UnitAttribute attribute,
            String value,
            String validFrom,
            String lastDay,
            String legalBasis,
            Integer version,
            String reason) {}

    private final Units units;
    private final UnitAttributes attributes;
    private final CurrentScope scope;
    private final Messages messages;
    private final AuditText trail;

    UnitAttributePages(Units units, UnitAttributes attributes, CurrentScope scope, Messages messages, AuditText trail) {
        this.trail = trail;
        this.units = units;
        this.attributes = attributes;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/admin/units/{id}/attributes")
    String list(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/admin/units/{id}/attributes")
    String add(@PathVariable long id, AttributeFields fields, Model model, RedirectAttributes redirect) {
        try {
            if (fields.attribute() == null) {
                throw new BadInputException("attribute", "error.attribute.unknown", "");
            }
            UnitAttributes.Attribute added = attributes.add(id, toForm(fields));
            redirect.addFlashAttribute(
                    "notice",
                    messages.get(
                            "admin.attribute.added", messages.get("attribute." + added.attribute()), added.value()));
            return "redirect:/admin/units/" + id + "/attributes";
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("failed", fields.attribute());
            model.addAttribute("fields", fields);
            model.addAttribute("errors", FormErrors.of(e, messages, FIELDS));
            return page(id, model);
        }
    }

    @GetMapping("/admin/units/{id}/attributes/{attributeId}")
    String edit(@PathVariable long id, @PathVariable long attributeId, Model model) {
        UnitAttributes.Attribute current = find(id, attributeId);
        model.addAttribute(
                "fields",
                new AttributeFields(
                        current.attribute(),
                        current.value(),
                        VietnameseDates.format(current.validFrom()),
                        VietnameseDates.format(current.period().lastDay()),
                        current.legalBasis(),
                        current.version(),
                        null));
        return editPage(id, current, model);
    }

    @PostMapping("/admin/units/{id}/attributes/{attributeId}")
    String update(
            @PathVariable long id,
            @PathVariable long attributeId,
            AttributeFields fields,
            Model model,
            RedirectAttributes redirect) {
        find(id, attributeId);
        try {
            UnitAttributes.Attribute saved = attributes.update(attributeId, toForm(fields));
            redirect.addFlashAttribute(
                    "notice",
                    messages.get(
                            "admin.attribute.saved", messages.get("attribute." + saved.attribute()), saved.value()));
            return "redirect:/admin/units/" + id + "/attributes";
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("fields", fields);
            model.addAttribute("errors", FormErrors.of(e, messages, FIELDS));
            return editPage(id, find(id, attributeId), model);
        }
    }

    private String page(long id, Model model) {
        model.addAttribute("unit", units.get(id));
        List<UnitAttributes.Attribute> all = attributes.of(id);
        Map<UnitAttribute, List<UnitAttributes.Attribute>> byAttribute = new EnumMap<>(UnitAttribute.class);
        for (UnitAttribute a : UnitAttribute.values()) {
            byAttribute.put(a, all.stream().filter(x -> x.attribute() == a).toList());
        }
        model.addAttribute("byAttribute", byAttribute);
        model.addAttribute("values", allowedValues());
        model.addAttribute("administrator", Permissions.mayImportUnits(scope.actor()));
        return "admin/unit-attributes";
    }

    private String editPage(long id, UnitAttributes.Attribute current, Model model) {
        model.addAttribute("unit", units.get(id));
        model.addAttribute("current", current);
        Map<String, String> labels = allowedValues().get(current.attribute());
        model.addAttribute("values", labels);
        model.addAttribute(
                "history",
                trail.lines(
                        attributes.history(current.id()),
                        (entity, field, value) -> valueWords(current.attribute(), labels, field, value)));
        return "admin/unit-attribute-edit";
    }

    /**
     * The log keeps an attribute's value as its code ("BTB", "true"), followed on creation by its period: the code
     * is named as the form names it ("Bắc Trung Bộ", "Có").
     */
    private static Optional<String> valueWords(
            UnitAttribute attribute, Map<String, String> labels, String field, String value) {
        if (!attribute.name().equals(field)) {
            return Optional.empty();
        }
        String[] parts = value.split(" ", 2);
        String label = labels.get(parts[0]);
        return label == null ? Optional.empty() : Optional.of(parts.length == 1 ? label : label + " " + parts[1]);
    }

    /** The attribute of this unit; one of another unit's is not found here. */
    private UnitAttributes.Attribute find(long unitId, long attributeId) {
        return attributes.of(unitId).stream()
                .filter(a -> a.id() == attributeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("id", "error.attribute.notFound", attributeId));
    }

    private Map<UnitAttribute, Map<String, String>> allowedValues() {
        Map<UnitAttribute, Map<String, String>> values = new EnumMap<>(UnitAttribute.class);
        for (UnitAttribute a : UnitAttribute.values()) {
            values.put(a, attributes.allowedValues(a, Messages.currentLocale()));
        }
        return values;
    }

    /** The typed dates as the service wants them: the last day in force becomes the exclusive end. */
    private static UnitAttributes.AttributeForm toForm(AttributeFields f) {
        LocalDate from = FormDates.parse("validFrom", f.validFrom());
        LocalDate lastDay = FormDates.parse("lastDay", f.lastDay());
        if (from != null && lastDay != null && lastDay.isBefore(from)) {
            throw new BadInputException("lastDay", "admin.attribute.lastDayBeforeFrom", lastDay, from);
        }
        String basis = f.legalBasis() == null || f.legalBasis().isBlank()
                ? null
                : f.legalBasis().trim();
        return new UnitAttributes.AttributeForm(
                f.attribute(),
                f.value(),
                from,
                lastDay == null ? null : lastDay.plusDays(1),
                basis,
                f.version(),
                f.reason());
    }
}
