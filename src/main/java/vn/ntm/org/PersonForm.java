package vn.ntm.org;

/** A person to create: unit by id or by code; email optional but unique. */
public record PersonForm(Long unitId, String unitCode, String fullName, String email, String phone, String reason) {}
