package vn.ntm.document.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.audit.AuditText;
import vn.ntm.document.DocumentRenderer;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.issuer.IssuerForm;
import vn.ntm.document.issuer.IssuerSettings;
import vn.ntm.document.issuer.Issuers;
import vn.ntm.document.register.PartyTerms;
import vn.ntm.document.write.PagePreview;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyView;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;
import vn.ntm.unit.Units;
import vn.ntm.web.FormErrors;

/**
 * The issuer settings of a body (how its documents print it: lines, symbol, place, whose series numbers them) and,
 * for a Party body, the terms its series run in. Anyone who may read the body sees them; rules, scope and
 * permission checks stay in {@link Issuers} and {@link PartyTerms}. A refused form comes back with what was typed
 * and the reason next to its field.
 */
@Controller
class IssuerPages {

    private static final List<String> FIELDS =
            List.of("superiorLine", "line1", "line2", "line3", "symbol", "place", "seriesOwnerBodyId", "draftingUnits");
    private static final List<String> TERM_FIELDS = List.of("label", "startsOn", "endsOn");

    private final Issuers issuers;
    private final PartyTerms terms;
    private final BodyDirectory bodies;
    private final Units units;
    private final Messages messages;
    private final AuditText trail;
    private final DocumentRenderer renderer;

    IssuerPages(
            Issuers issuers,
            PartyTerms terms,
            BodyDirectory bodies,
            Units units,
            Messages messages,
            AuditText trail,
            DocumentRenderer renderer) {
        this.issuers = issuers;
        this.terms = terms;
        this.bodies = bodies;
        this.units = units;
        this.messages = messages;
        this.trail = trail;
        this.renderer = renderer;
    }

    /** The bodies of a unit as issuers: each with whether its settings are saved, linked to its page. */
    @GetMapping("/documents/issuers")
    String list(@RequestParam long unit, Model model) {
        var shown = units.get(unit);
        List<BodyView> list = bodies.list(unit);
        Map<Long, IssuerSettings> settings = new LinkedHashMap<>();
        list.forEach(b -> settings.put(b.id(), issuers.of(b.id())));
        model.addAttribute("unit", shown);
        model.addAttribute("bodies", list);
        model.addAttribute("settings", settings);
        return "document/issuers";
    }

    @GetMapping("/documents/issuers/{bodyId}")
    String show(@PathVariable long bodyId, Model model) {
        IssuerSettings settings = issuers.of(bodyId);
        return page(bodyId, settings, IssuerForm.of(settings), model);
    }

    /** The header as the typed values would print it (htmx, while the form is being filled). */
    @GetMapping("/documents/issuers/{bodyId}/preview")
    String preview(@PathVariable long bodyId, IssuerForm form, Model model) {
        IssuerSettings settings = issuers.of(bodyId);
        model.addAttribute("preview", IssuerPreview.of(typed(settings.proposed().family(), form), units.today()));
        return "document/issuer :: preview";
    }

    /**
     * The first page of a sample rendered with the saved (or default) settings, as a PNG: the layout's own
     * read-back runs, so a line the page would wrap is refused here with the rule's name, as a draft would be.
     */
    @GetMapping(value = "/documents/issuers/{bodyId}/page.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> page(@PathVariable long bodyId) {
        Issuer issuer = issuers.of(bodyId).issuer();
        byte[] pdf = renderer.render(IssuerSample.of(issuer.family(), units.today()), issuer)
                .pdf();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(new PagePreview().png(pdf, 1));
    }

    @PostMapping("/documents/issuers/{bodyId}")
    String save(
            @PathVariable long bodyId,
            @RequestParam(required = false) Integer version,
            IssuerForm form,
            Model model,
            RedirectAttributes redirect) {
        try {
            issuers.save(bodyId, version, form);
            redirect.addFlashAttribute("notice", messages.get("document.issuer.saved"));
            return "redirect:/documents/issuers/" + bodyId;
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            IssuerSettings settings = issuers.of(bodyId);
            model.addAttribute("issuerErrors", FormErrors.of(e, messages, FIELDS));
            model.addAttribute("typedVersion", version);
            return page(bodyId, settings, form, model);
        }
    }

    @PostMapping("/documents/issuers/{bodyId}/terms")
    String addTerm(@PathVariable long bodyId, IssuerTermForm form, Model model, RedirectAttributes redirect) {
        IssuerSettings settings = issuers.of(bodyId);
        try {
            LocalDate startsOn = day("startsOn", form.startsOn());
            LocalDate endsOn = day("endsOn", form.endsOn());
            terms.add(settings.seriesOwnerBodyId(), form.label(), startsOn, endsOn);
            redirect.addFlashAttribute("notice", messages.get("document.issuer.term.added"));
            return "redirect:/documents/issuers/" + bodyId;
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("termForm", form);
            model.addAttribute("termErrors", FormErrors.of(e, messages, TERM_FIELDS));
            return page(bodyId, settings, IssuerForm.of(settings), model);
        }
    }

    private String page(long bodyId, IssuerSettings settings, IssuerForm form, Model model) {
        BodyView body = bodies.get(bodyId);
        List<BodyView> unitBodies = bodies.list(body.unitId());
        boolean party = settings.proposed().family() == LayoutFamily.PARTY;
        model.addAttribute("body", body);
        model.addAttribute("settings", settings);
        model.addAttribute("defaults", settings.saved() ? issuers.defaultsOf(bodyId) : settings);
        model.addAttribute("issuerForm", form);
        if (!model.containsAttribute("typedVersion")) {
            model.addAttribute("typedVersion", settings.version());
        }
        model.addAttribute("owners", unitBodies);
        model.addAttribute("writable", issuers.mayKeep(body.unitId()));
        model.addAttribute("party", party);
        model.addAttribute("preview", IssuerPreview.of(typed(settings.proposed().family(), form), units.today()));
        if (party) {
            model.addAttribute("termOwner", bodies.get(settings.seriesOwnerBodyId()));
            model.addAttribute("terms", terms.list(settings.seriesOwnerBodyId()));
            if (!model.containsAttribute("termForm")) {
                model.addAttribute("termForm", IssuerTermForm.empty());
            }
        }
        Map<Long, String> names = new HashMap<>();
        unitBodies.forEach(b -> names.put(b.id(), b.name()));
        model.addAttribute(
                "history",
                trail.lines(
                        issuers.history(bodyId),
                        (entity, field, value) -> field.equals("seriesOwnerBodyId") && value.matches("\\d+")
                                ? Optional.ofNullable(names.get(Long.parseLong(value)))
                                : Optional.empty()));
        return "document/issuer";
    }

    /** The issuer as typed, for the preview: blank lines left out. */
    private static Issuer typed(LayoutFamily family, IssuerForm form) {
        List<String> lines = Stream.of(form.line1(), form.line2(), form.line3())
                .filter(l -> l != null && !l.isBlank())
                .map(String::strip)
                .toList();
        String superior = form.superiorLine() == null || form.superiorLine().isBlank() ? null : form.superiorLine();
        return new Issuer(family, superior, lines, form.symbol(), form.place());
    }

    /** A day from a date input (ISO); a typed text that is no day is refused on its field. */
    private static LocalDate day(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        // typed as the house types dates ("01/7/2025"); ISO is accepted too
        return VietnameseDates.parse(typed)
                .orElseThrow(() -> new BadInputException(field, "document.issuer.term.badDate", typed.strip()));
    }
}
