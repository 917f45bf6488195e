package vn.ntm.exchange;

import java.util.Set;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;

/**
 * Who may upload values: the commune's officers and leaders (as for a single save), province officers who collect
 * their communes' sheets, and administrators. Agency officers verify rather than enter; viewers only read. Which
 * units a file may touch is the caller's write scope, checked row by row.
 */
final class UploadPolicy {

    private static final Set<String> UPLOADERS = Set.of("COMMUNE_OFFICER", "COMMUNE_LEADER", "PROVINCE_OFFICER",
            "ADMIN", "SYSTEM");

    private UploadPolicy() {
    }

    static void require(CurrentScope scope) {
        if (!UPLOADERS.contains(scope.role())) {
            throw new OutOfScopeException("exchange.error.role");
        }
    }
}
