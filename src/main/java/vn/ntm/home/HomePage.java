package vn.ntm.home;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ntm.access.UserAdministration;
import vn.ntm.access.UserView;
import vn.ntm.assessment.periods.DefaultPeriods;
import vn.ntm.assessment.results.WorkSummary;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * The home page leads each role to its work. A commune officer (or leader, or a viewer of a commune) gets the
 * commune's year with what is missing and what the agency returned, a leader also the changes awaiting approval;
 * an agency officer the values awaiting verification; a province officer (or a viewer of a province) the province
 * view, the values without an owning body to verify and where the latest values are; an administrator the country
 * and the administration. Each on the set and year {@link DefaultPeriods} chooses, saying why when it is not the set
 * in force.
 */
@Controller
class HomePage {

    private final UserAdministration users;
    private final DefaultPeriods periods;
    private final WorkSummary work;
    private final Units units;
    private final CurrentScope scope;

    HomePage(UserAdministration users, DefaultPeriods periods, WorkSummary work, Units units, CurrentScope scope) {
        this.users = users;
        this.periods = periods;
        this.work = work;
        this.units = units;
        this.scope = scope;
    }

    /** A place to open and why it is that set and year. */
    record Target(String href, String label, String notice) {}

    @GetMapping("/")
    String home(Model model) {
        UserView me = users.me();
        model.addAttribute("me", me);
        UnitView unit = me.unitId() == null ? null : units.get(me.unitId());
        model.addAttribute("unit", unit);
        switch (me.role()) {
            case COMMUNE_OFFICER, COMMUNE_LEADER -> commune(unit, model);
            case AGENCY_OFFICER -> agency(model);
            case PROVINCE_OFFICER -> {
                area(unit, model);
                agency(model);
            }
            case ADMIN -> country(model);
            case VIEWER -> {
                if (unit.level() == UnitLevel.COMMUNE || unit.level() == UnitLevel.VILLAGE) {
                    commune(unit, model);
                } else {
                    area(unit, model);
                }
            }
        }
        return "home";
    }

    private void commune(UnitView unit, Model model) {
        DefaultPeriods.Choice choice = periods.forUnit(unit);
        String base = "/assessments/" + unit.id() + "/" + choice.setCode() + "/" + choice.year();
        model.addAttribute(
                "year",
                new Target(
                        base,
                        unit.name() + " — " + choice.year(),
                        periods.notice(choice).orElse(null)));
        model.addAttribute("base", base);
        model.addAttribute("commune", work.commune(unit.id(), choice.setCode(), choice.year()));
        model.addAttribute("leads", Permissions.mayDecideLateChanges(scope.actor()));
    }

    private void agency(Model model) {
        DefaultPeriods.Choice choice = periods.forCallersWork();
        model.addAttribute(
                "check",
                new Target(
                        "/agency/" + choice.setCode() + "/" + choice.year(),
                        choice.setCode() + " — " + choice.year(),
                        periods.notice(choice).orElse(null)));
        model.addAttribute("awaiting", work.awaitingVerification(choice.setCode(), choice.year()));
        model.addAttribute("callerYear", choice);
    }

    private void area(UnitView unit, Model model) {
        DefaultPeriods.Choice choice = periods.forArea(unit);
        model.addAttribute(
                "area",
                new Target(
                        "/overview/" + unit.id() + "/" + choice.setCode() + "/" + choice.year(),
                        unit.name() + " — " + choice.year(),
                        periods.notice(choice).orElse(null)));
        elsewhere(choice, model);
    }

    private void country(Model model) {
        model.addAttribute("provinces", units.level(UnitLevel.PROVINCE, units.today()));
        elsewhere(null, model);
    }

    /**
     * Where the caller's latest values are when the own view shows none of them, e.g. a province formed in the 2025
     * merger, whose communes' 2024 values sit under the former province.
     */
    private void elsewhere(DefaultPeriods.Choice own, Model model) {
        DefaultPeriods.Choice latest = periods.forCaller();
        if (latest.reason() == DefaultPeriods.Reason.LATEST_SET
                || own != null && own.setCode().equals(latest.setCode()) && own.year() == latest.year()) {
            return;
        }
        List<WorkSummary.Area> areas = work.areasWithValues(latest.setCode(), latest.year());
        model.addAttribute("latest", latest);
        model.addAttribute("areas", areas);
    }
}
