package vn.ntm.org;

/** A body as shown to a user, with its unit and type names. */
public record BodyView(
        long id,
        long unitId,
        String unitCode,
        String unitName,
        String bodyType,
        String bodyTypeName,
        String name,
        Long parentBodyId,
        boolean active,
        boolean demo,
        int version) {}
