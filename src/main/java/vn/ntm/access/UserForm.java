package vn.ntm.access;

import vn.ntm.scope.Role;

/**
 * What an administrator sends to create or change a user. The unit is given by id or by official code plus the
 * date it is read on (default today). {@code version} is required on change: a stale one is refused.
 */
public record UserForm(
        String username,
        Role role,
        Long unitId,
        String unitCode,
        Long bodyId,
        Long personId,
        Boolean enabled,
        String password,
        Integer version,
        String reason) {}
