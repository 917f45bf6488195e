package vn.ntm.criteria;

import java.util.List;

/**
 * Which body verifies a criterion's values: the one the province assigned in its overlay, from its own decision;
 * the product's suggestion on the criterion only where the province assigned none. Null when neither names one
 * (then the province's coordination office verifies).
 */
public final class OwnerPolicy {

    private OwnerPolicy() {}

    public static String owner(Criterion criterion, List<OwnerAssignment> assigned) {
        return assigned.stream()
                .filter(a -> a.criterionId() == criterion.id())
                .map(OwnerAssignment::bodyType)
                .findFirst()
                .orElse(criterion.ownerBodyType());
    }
}
