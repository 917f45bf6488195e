package vn.ntm.assessment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.criteria.Catalog;

/** The province (or district) view: every commune in scope with its standing, filtered and sorted, with drill-down. */
@Controller
class OverviewPages {

    private final Overview overview;
    private final Catalog catalog;
    private final vn.ntm.unit.Units units;

    OverviewPages(Overview overview, Catalog catalog, vn.ntm.unit.Units units) {
        this.overview = overview;
        this.catalog = catalog;
        this.units = units;
    }

    /** The latest year the unit was in force, under the set covering it. */
    @GetMapping("/overview/{rootId}")
    String latest(@PathVariable long rootId) {
        SetYear latest = SetYear.latest(units.get(rootId), units.today(), catalog.sets());
        return "redirect:/overview/" + rootId + "/" + latest.set() + "/" + latest.year();
    }

    @GetMapping("/overview/{rootId}/{set}/{year}")
    String overview(@PathVariable long rootId, @PathVariable String set, @PathVariable int year,
                    @RequestParam(required = false) Integer minMet, @RequestParam(required = false) Integer maxMet,
                    @RequestParam(required = false) String unmet, @RequestParam(required = false) String key,
                    @RequestParam(defaultValue = "name") String sort, Model model) {
        Overview.Filter filter = new Overview.Filter(minMet, maxMet, unmet, key, sort);
        model.addAttribute("result", overview.of(rootId, set, year, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("sets", catalog.sets());
        return "assessment/overview";
    }
}
