package vn.ntm.unit;

import java.util.List;

/** What a unit was formed from and what it became. */
public record Lineage(UnitView unit, List<LineageLink> predecessors, List<LineageLink> successors) {}
