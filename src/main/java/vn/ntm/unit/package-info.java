/**
 * Administrative units with history: provinces, (former) districts, communes, villages; their names, types and
 * parents over time; the 2025 mergers as lineage; the attributes judgement needs (region, especially-difficult
 * flag, commune group); imports of official lists and of the old-to-new mapping.
 */
@org.springframework.modulith.ApplicationModule
package vn.ntm.unit;
