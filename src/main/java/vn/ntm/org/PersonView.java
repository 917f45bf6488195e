package vn.ntm.org;

import java.util.List;

/** A person with the positions they hold or held. */
public record PersonView(
        long id,
        String fullName,
        String email,
        String phone,
        long unitId,
        boolean demo,
        int version,
        List<PositionView> positions) {}
