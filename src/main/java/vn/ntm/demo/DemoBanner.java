package vn.ntm.demo;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ntm.unit.Units;

/** Every page says when the database holds demo data, so no one mistakes it for official figures. */
@ControllerAdvice(annotations = Controller.class)
class DemoBanner {

    private final Units units;

    DemoBanner(Units units) {
        this.units = units;
    }

    @ModelAttribute("demoData")
    boolean demoData() {
        return units.hasDemoUnits();
    }
}
