package vn.ntm.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
import vn.ntm.web.FormErrors;

/**
 * The administrator's screens to author a set's indicators: add one to a criterion, change or remove one, each
 * with its national thresholds per group or region (and year) and sources; and the unit types the set covers. A
 * refused form comes back as typed with each error beside its field; the rules stay in the services.
 */
@Controller
class AuthoringPages {

    private final Catalog catalog;
    private final IndicatorAuthoring authoring;
    private final CoverageEditor coverage;
    private final AuthoringForms forms;
    private final CurrentScope scope;
    private final Messages messages;

    AuthoringPages(
            Catalog catalog,
            IndicatorAuthoring authoring,
            CoverageEditor coverage,
            AuthoringForms forms,
            CurrentScope scope,
            Messages messages) {
        this.catalog = catalog;
        this.authoring = authoring;
        this.coverage = coverage;
        this.forms = forms;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/catalog/sets/{code}/indicators/new")
    String addForm(@PathVariable String code, @RequestParam(required = false) Integer criterion, Model model) {
        requireAdministrator();
        CriteriaSet set = catalog.set(code);
        return form(set, null, forms.blank(set, criterion), Map.of(), model);
    }

    @PostMapping("/catalog/sets/{code}/indicators")
    String add(
            @PathVariable String code,
            AuthoringForms.IndicatorFields fields,
            Model model,
            RedirectAttributes redirect) {
        CriteriaSet set = catalog.set(code);
        try {
            Indicator added = authoring.add(code, forms.draft(fields), fields.reason());
            redirect.addFlashAttribute("saved", messages.get("authoring.page.added", added.code()));
            return "redirect:/catalog/sets/" + code + "#i-" + added.code();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            return form(set, null, fields, FormErrors.of(e, messages, forms.fieldNames(fields)), model);
        }
    }

    @GetMapping("/catalog/indicators/{id}")
    String editForm(@PathVariable long id, Model model) {
        requireAdministrator();
        CriteriaSet set = catalog.set(catalog.setOfIndicator(id));
        Indicator indicator = indicator(set, id);
        return form(set, indicator, forms.of(set, indicator, thresholds(set, id)), Map.of(), model);
    }

    @PostMapping("/catalog/indicators/{id}")
    String update(
            @PathVariable long id, AuthoringForms.IndicatorFields fields, Model model, RedirectAttributes redirect) {
        CriteriaSet set = catalog.set(catalog.setOfIndicator(id));
        try {
            Indicator saved = authoring.update(id, forms.draft(fields), fields.version(), fields.reason());
            redirect.addFlashAttribute("saved", messages.get("authoring.page.saved", saved.code()));
            return "redirect:/catalog/sets/" + set.code() + "#i-" + saved.code();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            CriteriaSet now = catalog.set(set.id());
            return form(now, indicator(now, id), fields, FormErrors.of(e, messages, forms.fieldNames(fields)), model);
        }
    }

    @PostMapping("/catalog/indicators/{id}/delete")
    String remove(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        CriteriaSet set = catalog.set(catalog.setOfIndicator(id));
        Indicator indicator = indicator(set, id);
        try {
            authoring.remove(id, version, reason);
            redirect.addFlashAttribute("saved", messages.get("authoring.page.removed", indicator.code()));
            return "redirect:/catalog/sets/" + set.code();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            return "redirect:/catalog/indicators/" + id;
        }
    }

    @PostMapping("/catalog/sets/{code}/unit-types")
    String unitTypes(
            @PathVariable String code,
            @RequestParam(required = false) List<String> unitTypes,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            coverage.update(code, unitTypes, version, reason);
            redirect.addFlashAttribute("saved", messages.get("authoring.page.unitTypesSaved"));
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
        }
        return "redirect:/catalog/sets/" + code + "#coverage";
    }

    private String form(
            CriteriaSet set,
            Indicator indicator,
            AuthoringForms.IndicatorFields fields,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("set", set);
        model.addAttribute("indicator", indicator);
        model.addAttribute("fields", fields);
        model.addAttribute("rows", forms.rows(set, fields));
        model.addAttribute("keys", forms.keyLabels(set));
        model.addAttribute(
                "years",
                IntStream.rangeClosed(set.periodFrom(), set.periodTo()).boxed().toList());
        model.addAttribute("comparisons", Comparison.values());
        model.addAttribute("errors", errors);
        return "catalog/indicator";
    }

    private List<Threshold> thresholds(CriteriaSet set, long indicatorId) {
        return new ArrayList<>(catalog.nationalThresholds(set.id()).stream()
                .filter(t -> t.indicatorId() == indicatorId)
                .toList());
    }

    private static Indicator indicator(CriteriaSet set, long id) {
        return set.indicators()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(() -> new BadInputException("id", "authoring.error.indicatorNotFound", id));
    }

    private void requireAdministrator() {
        if (!Permissions.mayEditNationalCatalog(scope.actor())) {
            throw new OutOfScopeException("catalog.error.adminOnly");
        }
    }
}
