package vn.ntm.errors;

/** One field's error inside a request that has several. */
public record FieldProblem(String field, String messageKey, Object... args) {}
