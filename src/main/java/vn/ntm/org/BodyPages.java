package vn.ntm.org;

import java.util.List;
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
import vn.ntm.text.Messages;
import vn.ntm.web.FormErrors;

/**
 * The bodies of a unit for administrators and province officers: list, create, edit and deactivate with the
 * record's version. Rules and scope checks stay in {@link BodyDirectory}. A refused form comes back with what was
 * typed and the reason next to its field; a refusal for scope shows the 403 page.
 */
@Controller
class BodyPages {

    private static final List<String> FIELDS = List.of("bodyType", "name", "parentBodyId", "active");

    private final BodyDirectory bodies;
    private final BodiesPage page;
    private final Messages messages;

    BodyPages(BodyDirectory bodies, BodiesPage page, Messages messages) {
        this.bodies = bodies;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/admin/bodies")
    String bodies(@RequestParam(required = false) Long unit, @RequestParam(required = false) String q, Model model) {
        return unit == null ? page.chooser(q, model) : page.show(unit, model);
    }

    @PostMapping("/admin/bodies")
    String create(BodyForm form, Model model, RedirectAttributes redirect) {
        long unitId = requireUnit(form.unitId());
        try {
            BodyView created = bodies.create(form);
            redirect.addFlashAttribute("notice", messages.get("admin.body.created", created.name()));
            return "redirect:/admin/bodies?unit=" + unitId;
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("bodyForm", form);
            model.addAttribute("bodyErrors", FormErrors.of(e, messages, FIELDS));
            return page.show(unitId, model);
        }
    }

    @GetMapping("/admin/bodies/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        BodyView body = bodies.get(id);
        model.addAttribute(
                "bodyForm",
                new BodyForm(
                        body.unitId(),
                        null,
                        body.bodyType(),
                        body.name(),
                        body.parentBodyId(),
                        body.active(),
                        body.version(),
                        null));
        return page.edit(body, model);
    }

    @PostMapping("/admin/bodies/{id}")
    String update(@PathVariable long id, BodyForm form, Model model, RedirectAttributes redirect) {
        try {
            BodyView saved = bodies.update(id, form);
            redirect.addFlashAttribute("notice", messages.get("admin.body.saved", saved.name()));
            return "redirect:/admin/bodies?unit=" + saved.unitId();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("bodyForm", form);
            model.addAttribute("bodyErrors", FormErrors.of(e, messages, FIELDS));
            return page.edit(bodies.get(id), model);
        }
    }

    @PostMapping("/admin/bodies/{id}/deactivate")
    String deactivate(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        BodyView body = bodies.get(id);
        try {
            bodies.deactivate(id, version, reason);
            redirect.addFlashAttribute("notice", messages.get("admin.body.deactivated", body.name()));
            return "redirect:/admin/bodies?unit=" + body.unitId();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("pageError", messages.get(e.messageKey(), e.args()));
            return page.show(body.unitId(), model);
        }
    }

    /** A page form always names its unit (a hidden field); without one there is nothing to show. */
    static long requireUnit(Long unitId) {
        if (unitId == null) {
            throw new BadInputException("unitId", "org.error.unitRequired");
        }
        return unitId;
    }
}
