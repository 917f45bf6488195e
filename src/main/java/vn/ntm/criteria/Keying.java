package vn.ntm.criteria;

/** What a set's thresholds are keyed by: the 7 regions (2021-2025), the 3 commune groups (2026-2030), or nothing. */
public enum Keying {
    REGION,
    COMMUNE_GROUP,
    NONE
}
