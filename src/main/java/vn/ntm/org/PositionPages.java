package vn.ntm.org;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;
import vn.ntm.web.FormDates;
import vn.ntm.web.FormErrors;

/**
 * People on the bodies screen: add someone (a person of the unit, or a new one) with a position in a body, and end
 * a position with its version. Rules and scope checks stay in {@link PeopleDirectory}.
 */
@Controller
class PositionPages {

    private static final List<String> FIELDS =
            List.of("personId", "fullName", "email", "phone", "bodyId", "title", "positionCode", "validFrom");

    /** Someone to place in a body: an existing person of the unit, or a new one by name; then the position. */
    record HolderForm(
            Long unitId,
            Long personId,
            String fullName,
            String email,
            String phone,
            Long bodyId,
            String title,
            String positionCode,
            String validFrom,
            String reason) {}

    /** The end of a position: the version loaded and the first day it no longer holds (empty: today). */
    record EndForm(Long unitId, Integer version, String validTo, String reason) {}

    private final PeopleDirectory people;
    private final BodiesPage page;
    private final Messages messages;

    PositionPages(PeopleDirectory people, BodiesPage page, Messages messages) {
        this.people = people;
        this.page = page;
        this.messages = messages;
    }

    /** The position select's options for the body chosen in the holder form (htmx). */
    @GetMapping("/admin/bodies/position-choices")
    String positionChoices(@RequestParam Long unitId, @RequestParam(required = false) Long bodyId, Model model) {
        return page.positionChoices(BodyPages.requireUnit(unitId), bodyId, model);
    }

    @PostMapping("/admin/people")
    String addHolder(HolderForm form, Model model, RedirectAttributes redirect) {
        long unitId = BodyPages.requireUnit(form.unitId());
        try {
            PositionForm position = new PositionForm(
                    form.bodyId(),
                    form.title(),
                    form.positionCode(),
                    FormDates.parse("validFrom", form.validFrom()),
                    null,
                    form.reason());
            PositionView created = form.personId() != null
                    ? people.assign(form.personId(), position)
                    : people.createWithPosition(
                            new PersonForm(unitId, null, form.fullName(), form.email(), form.phone(), form.reason()),
                            position);
            redirect.addFlashAttribute(
                    "notice",
                    messages.get(
                            "admin.holder.added",
                            people.get(created.personId()).fullName(),
                            created.title(),
                            created.bodyName()));
            return "redirect:/admin/bodies?unit=" + unitId;
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("holderForm", form);
            model.addAttribute("holderErrors", FormErrors.of(e, messages, FIELDS));
            return page.show(unitId, model);
        }
    }

    @PostMapping("/admin/positions/{id}/end")
    String endPosition(@PathVariable long id, EndForm form, Model model, RedirectAttributes redirect) {
        long unitId = BodyPages.requireUnit(form.unitId());
        try {
            PositionView ended =
                    people.endPosition(id, form.version(), FormDates.parse("validTo", form.validTo()), form.reason());
            redirect.addFlashAttribute(
                    "notice", messages.get("admin.position.ended", ended.title(), ended.bodyName(), ended.validTo()));
            return "redirect:/admin/bodies?unit=" + unitId;
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            Map<String, String> errors = FormErrors.of(e, messages, List.of("validTo"));
            model.addAttribute("endFor", id);
            model.addAttribute("endForm", form);
            model.addAttribute("endErrors", errors);
            // A stale or already ended position may no longer be listed: its refusal goes above the list.
            model.addAttribute("pageError", errors.get(FormErrors.FORM));
            return page.show(unitId, model);
        }
    }
}
