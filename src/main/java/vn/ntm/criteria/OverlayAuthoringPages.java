package vn.ntm.criteria;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;
import vn.ntm.web.FormDates;
import vn.ntm.web.FormErrors;

/**
 * A province officer's (or an administrator's) screens for the province's own criteria: a new overlay from the
 * province's decision, the body assigned to each criterion, and removing a provincial threshold. Thresholds are
 * edited on the overlay's page ({@link CatalogPages}) and by Excel.
 */
@Controller
class OverlayAuthoringPages {

    private static final List<String> FIELDS =
            List.of("set", "provinceUnitId", "decision", "decisionDate", "title", "validFrom", "validTo");

    private final Catalog catalog;
    private final OverlayImport overlays;
    private final OverlayOwners owners;
    private final ThresholdEditor thresholds;
    private final Units units;
    private final CurrentScope scope;
    private final Messages messages;

    OverlayAuthoringPages(
            Catalog catalog,
            OverlayImport overlays,
            OverlayOwners owners,
            ThresholdEditor thresholds,
            Units units,
            CurrentScope scope,
            Messages messages) {
        this.catalog = catalog;
        this.overlays = overlays;
        this.owners = owners;
        this.thresholds = thresholds;
        this.units = units;
        this.scope = scope;
        this.messages = messages;
    }

    /** The overlay as typed; dates stay text; {@code lastDay} is the last day in force (inclusive), as decisions say. */
    record OverlayFields(
            String set,
            Long provinceUnitId,
            String decision,
            String decisionDate,
            String title,
            String validFrom,
            String lastDay) {}

    @GetMapping("/catalog/overlays/new")
    String newForm(@RequestParam(required = false) String set, Model model) {
        requireAuthor();
        String code = set != null
                ? set
                : catalog.sets().get(catalog.sets().size() - 1).code();
        return form(
                new OverlayFields(code, scope.isAdministrator() ? null : scope.unitId(), null, null, null, null, null),
                Map.of(),
                model);
    }

    @PostMapping("/catalog/overlays")
    String create(OverlayFields fields, Model model) {
        requireAuthor();
        try {
            LocalDate lastDay = FormDates.parse("validTo", fields.lastDay());
            Overlay created = overlays.create(new OverlayImport.OverlayHeader(
                    fields.set(),
                    scope.isAdministrator() ? fields.provinceUnitId() : scope.unitId(),
                    fields.decision(),
                    FormDates.parse("decisionDate", fields.decisionDate()),
                    fields.title(),
                    FormDates.parse("validFrom", fields.validFrom()),
                    lastDay == null ? null : lastDay.plusDays(1)));
            return "redirect:/catalog/overlays/" + created.id();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            return form(fields, FormErrors.of(e, messages, FIELDS), model);
        }
    }

    @PostMapping("/catalog/overlays/{id}/owners/{criterion}")
    String owner(
            @PathVariable long id,
            @PathVariable int criterion,
            OverlayOwners.OwnerForm form,
            RedirectAttributes redirect) {
        try {
            owners.assign(id, criterion, form);
            redirect.addFlashAttribute("saved", messages.get("authoring.overlay.ownerSaved", criterion));
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/catalog/overlays/" + id + "#owner-" + criterion;
    }

    @PostMapping("/catalog/overlays/{id}/thresholds/{thresholdId}/delete")
    String removeThreshold(
            @PathVariable long id,
            @PathVariable long thresholdId,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            thresholds.remove(thresholdId, version, reason);
            redirect.addFlashAttribute("saved", messages.get("authoring.overlay.thresholdRemoved"));
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/catalog/overlays/" + id;
    }

    private String form(OverlayFields fields, Map<String, String> errors, Model model) {
        model.addAttribute("fields", fields);
        model.addAttribute("errors", errors);
        model.addAttribute("sets", catalog.sets());
        model.addAttribute("administrator", scope.isAdministrator());
        List<UnitView> provinces = scope.isAdministrator()
                ? units.level(UnitLevel.PROVINCE, null)
                : scope.unitId() == null ? List.of() : List.of(units.get(scope.unitId()));
        model.addAttribute("provinces", provinces);
        return "catalog/overlay-new";
    }

    private void requireAuthor() {
        if (!Permissions.mayEditProvincialThresholds(scope.actor())) {
            throw new OutOfScopeException("authoring.overlay.notAllowed");
        }
        if (!scope.isAdministrator() && scope.unitId() == null) {
            throw new BadInputException("provinceUnitId", "catalog.error.required", "provinceUnitId");
        }
    }
}
