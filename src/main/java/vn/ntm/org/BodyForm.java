package vn.ntm.org;

/**
 * A body to create or change. The unit is given by id or by code (resolved at today's date); {@code version} is
 * required for a change and must be the one the caller loaded.
 */
public record BodyForm(
        Long unitId,
        String unitCode,
        String bodyType,
        String name,
        Long parentBodyId,
        Boolean active,
        Integer version,
        String reason) {}
