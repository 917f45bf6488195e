package vn.ntm.criteria;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.audit.AuditText;
import vn.ntm.errors.ProblemException;
import vn.ntm.org.BodyType;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;

/** Browsing the catalog: sets, provincial overlays (thresholds edited with their source), two sets side by side. */
@Controller
class CatalogPages {

    private final Catalog catalog;
    private final ThresholdEditor editor;
    private final OverlayOwners owners;
    private final CurrentScope scope;
    private final Messages messages;
    private final AuditText trail;

    CatalogPages(
            Catalog catalog,
            ThresholdEditor editor,
            OverlayOwners owners,
            CurrentScope scope,
            Messages messages,
            AuditText trail) {
        this.trail = trail;
        this.catalog = catalog;
        this.editor = editor;
        this.owners = owners;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/catalog")
    String index(Model model) {
        model.addAttribute(
                "sets", catalog.sets().stream().map(s -> catalog.set(s.id())).toList());
        model.addAttribute("overlays", catalog.overlays(null));
        model.addAttribute("mayAddOverlay", Permissions.mayEditProvincialThresholds(scope.actor()));
        return "catalog/index";
    }

    @GetMapping("/catalog/sets/{code}")
    String set(@PathVariable String code, Model model) {
        CriteriaSet set = catalog.set(code);
        model.addAttribute("set", set);
        List<Threshold> thresholds = catalog.nationalThresholds(set.id());
        model.addAttribute("thresholds", byIndicator(thresholds));
        model.addAttribute("citations", citations(thresholds));
        model.addAttribute("sources", catalog.sources(set.id()));
        model.addAttribute("administrator", Permissions.mayEditNationalCatalog(scope.actor()));
        model.addAttribute("unitTypeChoices", UnitCoverage.choices(set.level()));
        model.addAttribute("bodyTypes", bodyTypeNames());
        return "catalog/set";
    }

    @GetMapping("/catalog/compare")
    String compare(@RequestParam String a, @RequestParam String b, Model model) {
        CriteriaSet left = catalog.set(a);
        CriteriaSet right = catalog.set(b);
        int rows = Math.max(left.criteria().size(), right.criteria().size());
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("rows", IntStream.range(0, rows).boxed().toList());
        model.addAttribute("sources", catalog.sources(right.id()));
        model.addAttribute("sets", catalog.sets());
        return "catalog/compare";
    }

    @GetMapping("/catalog/overlays/{id}")
    String overlay(@PathVariable long id, Model model) {
        Overlay overlay = catalog.overlay(id);
        CriteriaSet set = catalog.set(overlay.setId());
        model.addAttribute("overlay", overlay);
        model.addAttribute("set", set);
        model.addAttribute("thresholds", byIndicator(catalog.overlayThresholds(overlay)));
        model.addAttribute("national", byIndicator(catalog.nationalThresholds(set.id())));
        model.addAttribute("history", trail.lines(editor.overlayHistory(overlay), AuditText.ValueWords.NONE));
        model.addAttribute(
                "owners",
                catalog.owners(overlay).stream().collect(Collectors.toMap(OwnerAssignment::criterionNumber, o -> o)));
        model.addAttribute("bodyTypes", bodyTypeNames());
        model.addAttribute(
                "editable",
                Permissions.mayEditProvincialThresholds(scope.actor())
                        && scope.get().canWrite(overlay.provinceUnitId()));
        return "catalog/overlay";
    }

    @PostMapping("/catalog/overlays/{id}/thresholds/{thresholdId}")
    String update(
            @PathVariable long id,
            @PathVariable long thresholdId,
            @ModelAttribute ThresholdEditor.ThresholdForm form,
            RedirectAttributes redirect) {
        try {
            editor.update(thresholdId, form);
            redirect.addFlashAttribute("saved", messages.get("catalog.page.thresholdSaved"));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            redirect.addFlashAttribute("failedThreshold", thresholdId);
            redirect.addFlashAttribute("typed", form);
        }
        return "redirect:/catalog/overlays/" + id;
    }

    @PostMapping("/catalog/overlays/{id}/thresholds")
    String add(@PathVariable long id, @ModelAttribute ThresholdEditor.ThresholdForm form, RedirectAttributes redirect) {
        try {
            editor.add(id, form);
            redirect.addFlashAttribute("saved", messages.get("catalog.page.thresholdSaved"));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            redirect.addFlashAttribute("typed", form);
        }
        return "redirect:/catalog/overlays/" + id;
    }

    /** Each indicator's sources as citations, each one once (the 7 regional thresholds of 15.3 share theirs). */
    private static Map<Long, List<SourceText>> citations(List<Threshold> thresholds) {
        return thresholds.stream()
                .collect(Collectors.groupingBy(
                        Threshold::indicatorId,
                        Collectors.collectingAndThen(
                                Collectors.mapping(
                                        t -> SourceText.of(t.source()), Collectors.toCollection(LinkedHashSet::new)),
                                set -> set.stream()
                                        .filter(c -> !c.text().isEmpty())
                                        .toList())));
    }

    /** Body types by code with their name in the reader's language ("Sở Y tế"). */
    Map<String, String> bodyTypeNames() {
        boolean english = "en".equals(Messages.currentLocale().getLanguage());
        return owners.choices().stream()
                .collect(Collectors.toMap(
                        BodyType::code,
                        t -> english && t.nameEn() != null ? t.nameEn() : t.nameVi(),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static Map<Long, List<Threshold>> byIndicator(List<Threshold> thresholds) {
        return thresholds.stream().collect(Collectors.groupingBy(Threshold::indicatorId));
    }
}
