package vn.ntm.access;

import java.time.OffsetDateTime;
import vn.ntm.scope.Role;

/** A user as stored: a person with a role in a body, bound to a unit (null for a national administrator). */
public record UserAccount(
        long id,
        String username,
        String passwordHash,
        Long personId,
        Long bodyId,
        Role role,
        Long unitId,
        boolean enabled,
        String locale,
        int failedAttempts,
        OffsetDateTime lockedUntil,
        boolean mustChangePassword,
        boolean demo,
        int version) {}
