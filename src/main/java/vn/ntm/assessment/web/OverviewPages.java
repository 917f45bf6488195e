package vn.ntm.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ntm.assessment.Results;
import vn.ntm.assessment.Results.CommuneFilter;
import vn.ntm.assessment.Results.CommunePage;
import vn.ntm.assessment.Results.CommuneStanding;
import vn.ntm.assessment.periods.DefaultPeriods;
import vn.ntm.assessment.periods.YearSwitch;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;
import vn.ntm.web.Htmx;

/**
 * The province (or district) view: every commune in scope with its standing, filtered and sorted, with drill-down.
 * The filter form updates the list in place through htmx (its address stays linkable), or reloads without it.
 */
@Controller
class OverviewPages {

    private final Results results;
    private final Catalog catalog;
    private final Units units;
    private final DefaultPeriods periods;

    OverviewPages(Results results, Catalog catalog, Units units, DefaultPeriods periods) {
        this.periods = periods;
        this.results = results;
        this.catalog = catalog;
        this.units = units;
    }

    /** The set and year the one rule chooses for the area ({@link DefaultPeriods}), saying why. */
    @GetMapping("/overview/{rootId}")
    String latest(@PathVariable long rootId, RedirectAttributes redirect) {
        DefaultPeriods.Choice choice = periods.forArea(units.get(rootId));
        periods.notice(choice).ifPresent(n -> redirect.addFlashAttribute("defaultNotice", n));
        return "redirect:/overview/" + rootId + "/" + choice.setCode() + "/" + choice.year();
    }

    /** One read-only transaction for the whole page: each service read would otherwise be a transaction of its own. */
    @GetMapping("/overview/{rootId}/{set}/{year}")
    @Transactional(readOnly = true)
    String overview(
            @PathVariable long rootId,
            @PathVariable String set,
            @PathVariable int year,
            @RequestParam(required = false) Integer minMet,
            @RequestParam(required = false) Integer maxMet,
            @RequestParam(required = false) String unmet,
            @RequestParam(required = false) String key,
            @RequestParam(defaultValue = "name") String sort,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        CommuneFilter filter = new CommuneFilter(minMet, maxMet, null, null, unmet, key, sort);
        model.addAttribute("result", view(rootId, set, year, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("sets", catalog.sets());
        model.addAttribute(
                "switcher",
                YearSwitch.of(
                        catalog.sets(),
                        set,
                        year,
                        units.get(rootId).validity(),
                        (target, y) -> samePlace(rootId, set, filter, target, y)));
        // htmx gets the list and the switcher (its links carry the new filters), not the whole page
        return Htmx.wantsPart(request, response) ? "assessment/overview-part" : "assessment/overview";
    }

    /** What the page shows: the area as it was named then, and every matching commune (the door's pages, joined). */
    record AreaView(
            UnitView root,
            CriteriaSet set,
            int year,
            LocalDate date,
            List<CommuneStanding> rows,
            int total,
            int meeting,
            int withResults,
            Map<String, Long> byBucket) {}

    private AreaView view(long rootId, String setCode, int year, CommuneFilter filter) {
        UnitView root = units.get(rootId);
        CommunePage page = results.communes(rootId, setCode, year, filter, 0, Results.MAX_PAGE_SIZE);
        List<CommuneStanding> rows = new ArrayList<>(page.items());
        // a province of more than one page's communes (before the 2025 merger, a few) is still shown whole
        for (int next = 1; rows.size() < page.matching(); next++) {
            List<CommuneStanding> more = results.communes(rootId, setCode, year, filter, next, Results.MAX_PAGE_SIZE)
                    .items();
            if (more.isEmpty()) {
                break;
            }
            rows.addAll(more);
        }
        LocalDate date = page.date();
        UnitView asThen = root.validOn(date) ? units.getOn(root.id(), date) : root;
        return new AreaView(
                asThen,
                catalog.set(setCode),
                year,
                date,
                rows,
                page.total(),
                page.meeting(),
                page.withResults(),
                page.byBucket());
    }

    /**
     * The same filters in another year or set. An indicator or a region / group key of one set may mean nothing in
     * another, so those two are kept only where they still apply.
     */
    private String samePlace(long rootId, String set, CommuneFilter filter, CriteriaSet target, int year) {
        boolean sameSet = target.code().equals(set);
        String unmet =
                filter.unmetIndicator() == null || filter.unmetIndicator().isBlank()
                        ? null
                        : sameSet
                                        || catalog.set(target.code())
                                                .indicator(filter.unmetIndicator())
                                                .isPresent()
                                ? filter.unmetIndicator().trim()
                                : null;
        UriComponentsBuilder path = UriComponentsBuilder.fromPath("/overview/{r}/{s}/{y}")
                .queryParamIfPresent("minMet", Optional.ofNullable(filter.minMet()))
                .queryParamIfPresent("maxMet", Optional.ofNullable(filter.maxMet()))
                .queryParamIfPresent("unmet", Optional.ofNullable(unmet))
                .queryParamIfPresent(
                        "key",
                        Optional.ofNullable(
                                sameSet && filter.key() != null && !filter.key().isBlank() ? filter.key() : null));
        if (!"name".equals(filter.sort())) {
            path.queryParam("sort", filter.sort());
        }
        return path.buildAndExpand(rootId, target.code(), year).encode().toUriString();
    }
}
