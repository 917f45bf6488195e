package vn.ntm.assessment.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ntm.criteria.Catalog;
import vn.ntm.criteria.Criterion;
import vn.ntm.criteria.Overlay;
import vn.ntm.criteria.OwnerPolicy;
import vn.ntm.unit.UnitFacts;

/**
 * The body that verifies a value: the one the province assigned to the criterion in its overlay in force for that
 * unit and year, else the criterion's suggested owner ({@link OwnerPolicy}).
 */
@Component
class CriterionOwners {

    private final Catalog catalog;
    private final UnitFacts facts;

    CriterionOwners(Catalog catalog, UnitFacts facts) {
        this.catalog = catalog;
        this.facts = facts;
    }

    /** The owning body type, or null when neither the province nor the product names one. */
    String ownerOf(long setId, long unitId, int year, Criterion criterion) {
        var validity = facts.validity(List.of(unitId)).get(unitId);
        LocalDate date = validity == null ? null : validity.lastDayIn(year).orElse(null);
        Long province =
                date == null ? null : facts.provinceOn(Map.of(unitId, date)).get(unitId);
        var overlay = province == null ? Optional.<Overlay>empty() : catalog.overlayOn(setId, province, date);
        return OwnerPolicy.owner(criterion, overlay.map(catalog::owners).orElse(List.of()));
    }
}
