package vn.ntm.criteria;

import java.util.Map;

/** What a set or overlay import did: APPLIED or UNCHANGED (the same file again), with counts and a message. */
public record ImportOutcome(String outcome, String code, Long id, Map<String, Integer> counts, String message) {}
