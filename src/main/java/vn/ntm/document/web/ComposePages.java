package vn.ntm.document.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.document.DocumentContent;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.document.check.LayoutRuleBroken;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyView;
import vn.ntm.org.PeopleDirectory;
import vn.ntm.org.Signer;
import vn.ntm.scope.Actor;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;
import vn.ntm.web.FormErrors;

/**
 * Composing a document by hand: kind, issuer, trích yếu, recipients, legal bases, the body as typed lines
 * ({@link BodyText}), Nơi nhận and the signer (offered from the people who sign for the body today). The draft is
 * rendered and checked by {@link Documents}; a broken layout rule comes back with its Vietnamese name and the form as
 * typed.
 */
@Controller
class ComposePages {

    private static final List<String> FIELDS = List.of(
            "kind",
            "issuerBodyId",
            "title",
            "recipients",
            "legalBases",
            "body",
            "distribution",
            "draftingUnit",
            "authority",
            "signerTitle",
            "position",
            "signerName");

    private final Documents documents;
    private final BodyDirectory bodies;
    private final PeopleDirectory people;
    private final Units units;
    private final CurrentScope scope;
    private final DocumentWords words;
    private final RuleMessages rules;
    private final Messages messages;

    ComposePages(
            Documents documents,
            BodyDirectory bodies,
            PeopleDirectory people,
            Units units,
            CurrentScope scope,
            DocumentWords words,
            RuleMessages rules,
            Messages messages) {
        this.documents = documents;
        this.bodies = bodies;
        this.people = people;
        this.units = units;
        this.scope = scope;
        this.words = words;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/documents/new")
    String compose(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Long body,
            Model model) {
        Long unitId = unit;
        if (unitId == null && code != null && !code.isBlank()) {
            try {
                unitId = units.byCode(code.trim(), null).id();
            } catch (OutOfScopeException e) {
                throw e;
            } catch (ProblemException e) {
                model.addAttribute("pageError", messages.get(e.messageKey(), e.args()));
            }
        }
        if (unitId == null && scope.actor() instanceof Actor.Person person) {
            unitId = person.unitId();
        }
        ComposeForm form = ComposeForm.empty(unitId);
        if (body != null) {
            form = new ComposeForm(
                    unitId,
                    body,
                    form.kind(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    form.authority(),
                    null,
                    null,
                    null,
                    null);
        }
        model.addAttribute("composeForm", form);
        return show(unitId, model);
    }

    /** The signers of the body chosen, when the issuer changes (htmx swaps the choice only). */
    @GetMapping("/documents/new/signers")
    String signerChoice(@RequestParam long issuerBodyId, Model model) {
        model.addAttribute("signers", signers(issuerBodyId));
        model.addAttribute("signerBody", issuerBodyId);
        model.addAttribute("composeForm", ComposeForm.empty(null));
        return "document/new :: signers";
    }

    @PostMapping("/documents")
    String create(ComposeForm form, Model model, RedirectAttributes redirect) {
        try {
            List<Signer> signers = form.issuerBodyId() == null ? List.of() : signers(form.issuerBodyId());
            DocumentContent content = ComposedContent.of(form, signers);
            DocumentView draft = documents.draft(form.issuerBodyId(), content, null);
            redirect.addFlashAttribute("notice", messages.get("document.compose.created", draft.title()));
            return "redirect:/documents/" + draft.id();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (LayoutRuleBroken e) {
            model.addAttribute("composeForm", form);
            model.addAttribute("ruleErrors", rules.of(e));
            return show(form.unitId(), model);
        } catch (ProblemException e) {
            model.addAttribute("composeForm", form);
            model.addAttribute("composeErrors", FormErrors.of(e, messages, FIELDS));
            return show(form.unitId(), model);
        }
    }

    private String show(Long unitId, Model model) {
        ComposeForm typed = (ComposeForm) model.getAttribute("composeForm");
        if (unitId == null && typed != null && typed.issuerBodyId() != null) {
            unitId = bodies.get(typed.issuerBodyId()).unitId(); // a form posted without its unit: the issuer's
        }
        List<BodyView> issuers = List.of();
        if (unitId != null) {
            UnitView unit = units.get(unitId);
            model.addAttribute("unit", unit);
            issuers = bodies.list(unitId).stream().filter(BodyView::active).toList();
        }
        model.addAttribute("bodies", issuers);
        Long chosen = typed == null || typed.issuerBodyId() == null
                ? (issuers.isEmpty() ? null : issuers.get(0).id())
                : typed.issuerBodyId();
        model.addAttribute("signers", chosen == null ? List.of() : signers(chosen));
        model.addAttribute("signerBody", chosen);
        model.addAttribute("kinds", words.kinds());
        model.addAttribute("authorities", words.authorities());
        if (!model.containsAttribute("composeErrors")) {
            model.addAttribute("composeErrors", Map.of());
        }
        return "document/new";
    }

    private List<Signer> signers(long bodyId) {
        return people.signers(bodyId, LocalDate.now(VietnameseDates.ZONE));
    }
}
