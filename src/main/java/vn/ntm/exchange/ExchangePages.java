package vn.ntm.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ntm.assessment.periods.DefaultPeriods;
import vn.ntm.assessment.periods.YearSwitch;
import vn.ntm.criteria.Catalog;
import vn.ntm.errors.ProblemException;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.unit.Units;

/**
 * The Excel screens: the template of one commune (from its year page) or of every unit in scope on a day (for
 * province officers), the upload with a "đang xử lý" state and progress, the preview of changes and errors with
 * the choice of mode, and the outcome. Refusals come back on the same page with the reason.
 */
@Controller
class ExchangePages {

    private static final int LISTED = 500;

    private final Templates templates;
    private final Previews previews;
    private final Applications applications;
    private final PreviewStore store;
    private final ExchangeProgress progress;
    private final Catalog catalog;
    private final Units units;
    private final CurrentScope scope;
    private final Messages messages;
    private final ExchangeProperties properties;
    private final DefaultPeriods periods;

    ExchangePages(
            Templates templates,
            Previews previews,
            Applications applications,
            PreviewStore store,
            ExchangeProgress progress,
            Catalog catalog,
            Units units,
            CurrentScope scope,
            Messages messages,
            ExchangeProperties properties,
            DefaultPeriods periods) {
        this.periods = periods;
        this.properties = properties;
        this.templates = templates;
        this.previews = previews;
        this.applications = applications;
        this.store = store;
        this.progress = progress;
        this.catalog = catalog;
        this.units = units;
        this.scope = scope;
        this.messages = messages;
    }

    /** The set and year the one rule chooses over the caller's scope ({@link DefaultPeriods}), saying why. */
    @GetMapping("/exchange")
    String current(RedirectAttributes redirect) {
        DefaultPeriods.Choice choice = periods.forCallersWork();
        periods.notice(choice).ifPresent(n -> redirect.addFlashAttribute("defaultNotice", n));
        return "redirect:/exchange/" + choice.setCode() + "/" + choice.year();
    }

    @GetMapping("/exchange/{set}/{year}")
    String page(
            @PathVariable String set,
            @PathVariable int year,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) LocalDate on,
            Model model) {
        Templates.Target target = templates.target(set, year, unit, on);
        model.addAttribute("target", target);
        model.addAttribute(
                "listed",
                target.units().subList(0, Math.min(LISTED, target.units().size())));
        // one commune's template keeps the commune (and its years in force); the province's keeps nothing else
        model.addAttribute(
                "switcher",
                YearSwitch.of(
                        catalog.sets(),
                        set,
                        year,
                        unit == null ? null : units.get(unit).validity(),
                        (other, y) -> "/exchange/" + other.code() + "/" + y + (unit == null ? "" : "?unit=" + unit)));
        model.addAttribute("progressId", UUID.randomUUID().toString());
        model.addAttribute(
                "templateUrl",
                UriComponentsBuilder.fromPath("/exchange/{set}/{year}/template")
                        .queryParamIfPresent("unit", Optional.ofNullable(unit))
                        .queryParamIfPresent("on", Optional.ofNullable(unit == null ? target.on() : null))
                        .buildAndExpand(set, year)
                        .toUriString());
        return "exchange/index";
    }

    @GetMapping("/exchange/{set}/{year}/template")
    void template(
            @PathVariable String set,
            @PathVariable int year,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) LocalDate on,
            HttpServletResponse response)
            throws IOException {
        Downloads.template(templates, templates.target(set, year, unit, on), response);
    }

    @PostMapping("/exchange/{set}/{year}/upload")
    String upload(
            @PathVariable String set,
            @PathVariable int year,
            @RequestParam MultipartFile file,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String progress,
            RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            PreviewLines preview = previews.preview(set, year, file.getOriginalFilename(), in, progress);
            return "redirect:/exchange/previews/" + preview.token() + (unit == null ? "" : "?unit=" + unit);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            return "redirect:/exchange/" + set + "/" + year + (unit == null ? "" : "?unit=" + unit);
        }
    }

    @GetMapping("/exchange/previews/{token}")
    String preview(@PathVariable String token, @RequestParam(required = false) Long unit, Model model) {
        PreviewLines preview = applications.preview(token);
        model.addAttribute("preview", preview);
        model.addAttribute("unit", unit);
        model.addAttribute("progressId", UUID.randomUUID().toString());
        model.addAttribute("modes", ImportMode.values());
        model.addAttribute("shown", properties.shown());
        return "exchange/preview";
    }

    @GetMapping("/exchange/previews/{token}/report")
    void report(@PathVariable String token, HttpServletResponse response) throws IOException {
        Downloads.report(store, applications.preview(token), messages, response);
    }

    @PostMapping("/exchange/previews/{token}/apply")
    String apply(
            @PathVariable String token,
            @RequestParam(required = false) ImportMode mode,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) String progress,
            @RequestParam(required = false) String changeReason,
            @RequestParam(required = false) List<String> overwrite,
            RedirectAttributes redirect) {
        try {
            applications.apply(token, mode, progress, changeReason, overwrite);
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            redirect.addFlashAttribute("mode", mode);
        }
        return "redirect:/exchange/previews/" + token + (unit == null ? "" : "?unit=" + unit);
    }

    /** Progress for the page's script while an upload or apply is running. */
    @GetMapping("/exchange/progress/{id}")
    @ResponseBody
    ResponseEntity<ExchangeProgress.State> progress(@PathVariable String id) {
        return ResponseEntity.of(progress.get(id, scope.username()));
    }
}
