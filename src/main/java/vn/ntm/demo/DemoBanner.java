package vn.ntm.demo;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ntm.install.Installation;
import vn.ntm.install.InstallationKind;
import vn.ntm.unit.Units;

/**
 * Every page says when the database holds demo data, so no one mistakes it for official figures. The answer is
 * asked of the database until it is settled for good, then no more on every page: demo units are never removed,
 * and a real installation never receives demo data (V10).
 */
@ControllerAdvice(annotations = Controller.class)
class DemoBanner {

    private final Units units;
    private final Installation installation;
    /** Null while it may still change (no demo units yet in a demo installation). */
    private volatile Boolean settled;

    DemoBanner(Units units, Installation installation) {
        this.units = units;
        this.installation = installation;
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        Boolean known = settled;
        if (known != null) {
            return known;
        }
        if (units.hasDemoUnits()) {
            settled = true;
            return true;
        }
        if (installation.kind().orElse(null) == InstallationKind.REAL) {
            settled = false;
        }
        return false;
    }
}
