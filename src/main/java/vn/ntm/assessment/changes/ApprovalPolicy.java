package vn.ntm.assessment.changes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may approve a change asked for after entry closed (separation of duties): never the person who asked. A
 * leader of the commune approves; an administrator approves any; a province officer approves only when the commune
 * has no leader other than the one who asked (a commune with a single leader who asked for the change), so that
 * someone always can and nobody approves their own request. Rejecting follows the same roles, but a leader who
 * asked may reject (withdraw) their own request.
 */
final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    /**
     * Why {@code caller} (with {@code role}) may not approve a request of {@code requester}, given the unit's
     * leaders; empty when they may. The answer is a message key.
     */
    static Optional<String> refusal(String role, String caller, String requester, List<String> leaders) {
        if (same(caller, requester)) {
            return Optional.of("input.error.ownRequest");
        }
        return deciding(role, requester, leaders);
    }

    /** Why {@code role} may not decide (approve or reject) a request of {@code requester}; empty when it may. */
    static Optional<String> deciding(String role, String requester, List<String> leaders) {
        return switch (role == null ? "" : role) {
            case "COMMUNE_LEADER", "ADMIN", "SYSTEM" -> Optional.empty();
            case "PROVINCE_OFFICER" -> leaders.stream().anyMatch(l -> !same(l, requester))
                    ? Optional.of("input.error.leaderApproves") : Optional.empty();
            default -> Optional.of("assessment.error.approveRole");
        };
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
