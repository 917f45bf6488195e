package vn.ntm.access;

import vn.ntm.scope.Role;

/** A user as shown to administrators and to the user: never the password hash. */
public record UserView(
        long id,
        String username,
        Role role,
        Long unitId,
        String unitName,
        Long bodyId,
        Long personId,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        String locale,
        boolean demo,
        int version) {}
