package vn.ntm.unit;

import java.util.Set;

/** Region, especially-difficult flag or commune group of these units changed: judgements resting on them follow. */
public record UnitAttributesChanged(Set<Long> unitIds) {}
