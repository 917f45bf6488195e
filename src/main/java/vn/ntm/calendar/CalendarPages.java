package vn.ntm.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
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
import vn.ntm.text.VietnameseDates;
import vn.ntm.web.FormErrors;

/**
 * "Lịch ngày nghỉ": a year's days off and make-up working days as entered, the weekly days off of the setting (for
 * the administrator to confirm), and whether the year is marked complete. Anyone reaching the administration pages
 * reads it; only an administrator changes it. A refused day comes back with what was typed and the reason.
 */
@Controller
class CalendarPages {

    private static final List<String> FIELDS = List.of("day", "kind", "name", "basis");

    private final WorkDays days;
    private final CalendarKeeping keeping;
    private final CalendarProperties properties;
    private final Messages messages;
    private final Clock clock;

    CalendarPages(
            WorkDays days, CalendarKeeping keeping, CalendarProperties properties, Messages messages, Clock clock) {
        this.days = days;
        this.keeping = keeping;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String show(@RequestParam(required = false) String year, Model model) {
        return page(year(year), new DayForm(null, "HOLIDAY", null, null), model);
    }

    @PostMapping("/admin/calendar")
    String add(DayForm form, Model model, RedirectAttributes redirect) {
        try {
            CalendarDay day = keeping.add(form.day(), form.kind(), form.name(), form.basis());
            redirect.addFlashAttribute("notice", messages.get("calendar.added", VietnameseDates.format(day.day())));
            return "redirect:/admin/calendar?year=" + day.day().getYear();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("dayErrors", FormErrors.of(e, messages, FIELDS));
            int shown =
                    VietnameseDates.parse(form.day()).map(LocalDate::getYear).orElse(today().getYear());
            return page(shown, form, model);
        }
    }

    @PostMapping("/admin/calendar/{day}/delete")
    String remove(@PathVariable String day, @RequestParam int version, RedirectAttributes redirect) {
        LocalDate shown = VietnameseDates.parse(day)
                .orElseThrow(() -> new BadInputException("day", "calendar.error.noSuchDay", day));
        keeping.remove(shown, version);
        redirect.addFlashAttribute("notice", messages.get("calendar.removed", VietnameseDates.format(shown)));
        return "redirect:/admin/calendar?year=" + shown.getYear();
    }

    @PostMapping("/admin/calendar/{year}/complete")
    String complete(
            @PathVariable String year,
            @RequestParam boolean complete,
            @RequestParam int version,
            RedirectAttributes redirect) {
        int y = year(year);
        keeping.markYear(y, complete, version);
        redirect.addFlashAttribute("notice", messages.get("calendar.marked", String.valueOf(y)));
        return "redirect:/admin/calendar?year=" + y;
    }

    private String page(int year, DayForm form, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("yearText", String.valueOf(year));
        model.addAttribute("days", days.year(year).stream().map(Row::of).toList());
        CalendarStore.Year state = keeping.yearState(year);
        model.addAttribute("yearState", state);
        model.addAttribute("confirmedAt", VietnameseDates.format(state.confirmedAt()));
        model.addAttribute("weekend", weekend());
        model.addAttribute("mayKeep", keeping.mayKeep());
        model.addAttribute("form", form);
        return "admin/calendar";
    }

    private String weekend() {
        return properties.weekend().stream()
                .sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, Messages.currentLocale()))
                .collect(Collectors.joining(", "));
    }

    private int year(String text) {
        if (text == null || text.isBlank()) {
            return today().getYear();
        }
        String t = text.trim();
        if (!t.matches("\\d{4}") || Integer.parseInt(t) < 1900 || Integer.parseInt(t) > 9999) {
            throw new BadInputException("year", "calendar.error.year", t);
        }
        return Integer.parseInt(t);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    }

    /** A day as the page shows it: dd/MM/yyyy, and ISO in the link that removes it. */
    record Row(
            String dayText,
            String iso,
            CalendarDay.Kind kind,
            String name,
            String basis,
            String enteredBy,
            int version) {
        static Row of(CalendarDay d) {
            return new Row(
                    VietnameseDates.format(d.day()),
                    d.day().toString(),
                    d.kind(),
                    d.name(),
                    d.basis(),
                    d.enteredBy(),
                    d.version());
        }
    }

    /** The add form as typed. */
    record DayForm(String day, String kind, String name, String basis) {}
}
