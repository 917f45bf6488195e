package vn.ntm.assessment.changes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ntm.scope.Actor;
import vn.ntm.scope.Permissions;

/**
 * Who may approve a change asked for after entry closed (separation of duties): never the person who asked. A
 * leader of the commune approves; an administrator approves any; a province officer approves only when the commune
 * has no leader other than the one who asked (a commune with a single leader who asked for the change), so that
 * someone always can and nobody approves their own request. Rejecting follows the same roles, but a leader who
 * asked may reject (withdraw) their own request.
 */
final class ApprovalPolicy {

    private ApprovalPolicy() {}

    /**
     * Why {@code caller} (with {@code role}) may not approve a request of {@code requester}, given the unit's
     * leaders; empty when they may. The answer is a message key.
     */
    static Optional<String> refusal(Actor actor, String caller, String requester, List<String> leaders) {
        if (same(caller, requester)) {
            return Optional.of("input.error.ownRequest");
        }
        return deciding(actor, requester, leaders);
    }

    /** Why {@code actor} may not decide (approve or reject) a request of {@code requester}; empty when they may. */
    static Optional<String> deciding(Actor actor, String requester, List<String> leaders) {
        if (Permissions.mayDecideLateChange(actor, requester, leaders)) {
            return Optional.empty();
        }
        return Optional.of(
                Permissions.mayDecideLateChanges(actor)
                        ? "input.error.leaderApproves"
                        : "assessment.error.approveRole");
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
