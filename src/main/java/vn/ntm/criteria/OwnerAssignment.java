package vn.ntm.criteria;

/**
 * The body type a province assigned to verify one criterion of its overlay, from its own decision (seed 002: the
 * district bodies "được giao phụ trách các chỉ tiêu, tiêu chí nông thôn mới tại Kế hoạch số 454/KH-UBND").
 */
public record OwnerAssignment(
        long overlayId, long criterionId, int criterionNumber, String bodyType, Provenance provenance, int version) {}
