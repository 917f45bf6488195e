package vn.ntm.assessment;

import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.criteria.Indicator;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;

/**
 * A leader of the unit (or an administrator) approves or rejects a change asked for after entry closed. An
 * approved change is applied with its reason; both the request and the decision are audited.
 */
@Service
public class ChangeApprovals {

    static final Set<String> APPROVING_ROLES = Set.of("COMMUNE_LEADER", "ADMIN", "SYSTEM");

    private final ChangeRequests requests;
    private final Assessments assessments;
    private final CurrentScope scope;
    private final AuditLog audit;

    ChangeApprovals(ChangeRequests requests, Assessments assessments, CurrentScope scope, AuditLog audit) {
        this.requests = requests;
        this.assessments = assessments;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public ValueStore.ValueRow approve(long requestId, String note) {
        ChangeRequests.Request request = pending(requestId);
        var target = assessments.target(request.unitId(), assessments.setCode(request.setId()), request.year());
        Indicator indicator = target.set().indicators().filter(i -> i.id() == request.indicatorId()).findFirst()
                .orElseThrow();
        Integer version = assessments.currentVersion(request.unitId(), request.setId(), request.indicatorId(),
                request.year());
        if (!java.util.Objects.equals(version, request.basedOnVersion())) {
            throw new ConflictException("version", "assessment.error.requestStale", String.valueOf(requestId));
        }
        EnteredValue entered = new EnteredValue(request.number(), request.met(), request.notEvaluated(),
                request.notEvaluatedReason(), false);
        requests.decide(requestId, true, note);
        audit.record(Change.of("APPROVE", ChangeRequests.ENTITY, requestId, request.unitId())
                .field("state", "PENDING", "APPROVED").reason(note));
        return assessments.apply(target, indicator, entered, request.note(), version,
                request.reason() + " (" + scope.username() + ")");
    }

    @Transactional
    public void reject(long requestId, String note) {
        ChangeRequests.Request request = pending(requestId);
        requests.decide(requestId, false, note);
        audit.record(Change.of("REJECT", ChangeRequests.ENTITY, requestId, request.unitId())
                .field("state", "PENDING", "REJECTED").reason(note));
    }

    private ChangeRequests.Request pending(long requestId) {
        ChangeRequests.Request request = requests.find(requestId)
                .orElseThrow(() -> new NotFoundException("id", "assessment.error.requestNotFound", requestId));
        scope.get().requireWrite(request.unitId());
        if (!APPROVING_ROLES.contains(scope.role())) {
            throw new OutOfScopeException("assessment.error.approveRole");
        }
        if (!"PENDING".equals(request.state())) {
            throw new ConflictException("state", "assessment.error.requestDecided", requestId, request.state());
        }
        return request;
    }
}
