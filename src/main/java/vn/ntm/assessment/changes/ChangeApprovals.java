package vn.ntm.assessment.changes;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.access.UnitLeaders;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.assessment.values.ValueStore;
import vn.ntm.criteria.Indicator;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;

/**
 * A leader of the unit (or an administrator) approves or rejects a change asked for after entry closed; nobody
 * approves their own request ({@link ApprovalPolicy}: a province officer approves when the one who asked is the
 * commune's only leader). An approved change is applied with its reason; both the request and the decision are
 * audited; a decision's note obeys the text rule, and a rejection needs one (the commune reads why). A leader who
 * asked may still reject (withdraw) their own request.
 */
@Service
public class ChangeApprovals {

    private final ChangeRequests requests;
    private final Assessments assessments;
    private final CurrentScope scope;
    private final UnitLeaders leaders;

    ChangeApprovals(ChangeRequests requests, Assessments assessments, CurrentScope scope, UnitLeaders leaders) {
        this.requests = requests;
        this.assessments = assessments;
        this.scope = scope;
        this.leaders = leaders;
    }

    /** Why the caller may not approve this request (a message key), or empty when they may. */
    public Optional<String> approvalRefusal(ChangeRequests.Request request) {
        if (!scope.get().canWrite(request.unitId())) {
            return Optional.of("error.scope.write");
        }
        return ApprovalPolicy.refusal(
                scope.actor(), scope.username(), request.requestedBy(), leaders.of(request.unitId()));
    }

    /** Whether the caller may reject (or, being the leader who asked, withdraw) this request. */
    public boolean rejectable(ChangeRequests.Request request) {
        return scope.get().canWrite(request.unitId())
                && Permissions.mayDecideLateChange(scope.actor(), request.requestedBy(), leaders.of(request.unitId()));
    }

    @Transactional
    public ValueStore.ValueRow approve(long requestId, String note) {
        InputText.check("note", note, TextKind.REASON);
        ChangeRequests.Request request = pending(requestId);
        approvalRefusal(request).ifPresent(key -> {
            throw new OutOfScopeException(key, request.requestedBy());
        });
        var target = assessments.target(request.unitId(), assessments.setCode(request.setId()), request.year());
        Indicator indicator = target.set()
                .indicators()
                .filter(i -> i.id() == request.indicatorId())
                .findFirst()
                .orElseThrow();
        Integer version =
                assessments.currentVersion(request.unitId(), request.setId(), request.indicatorId(), request.year());
        ChangeRequest waiting = ChangeRequest.of(request);
        ChangeRequest approved = waiting.approve(scope.username(), note, version);
        EnteredValue entered = new EnteredValue(
                request.number(), request.met(), request.notEvaluated(), request.notEvaluatedReason(), false);
        requests.save(waiting, approved);
        return assessments.apply(
                target, indicator, entered, request.note(), version, request.reason() + " (" + scope.username() + ")");
    }

    @Transactional
    public void reject(long requestId, String note) {
        ChangeRequest.requireRejectionNote(note);
        InputText.check("note", note, TextKind.REASON);
        ChangeRequests.Request request = pending(requestId);
        ApprovalPolicy.deciding(scope.actor(), request.requestedBy(), leaders.of(request.unitId()))
                .ifPresent(key -> {
                    throw new OutOfScopeException(key, request.requestedBy());
                });
        ChangeRequest waiting = ChangeRequest.of(request);
        requests.save(waiting, waiting.reject(scope.username(), note));
    }

    private ChangeRequests.Request pending(long requestId) {
        ChangeRequests.Request request = requests.find(requestId)
                .orElseThrow(() -> new NotFoundException("id", "assessment.error.requestNotFound", requestId));
        scope.get().requireWrite(request.unitId());
        if (!Permissions.mayDecideLateChanges(scope.actor())) {
            throw new OutOfScopeException("assessment.error.approveRole");
        }
        // a decided request is refused before the approval rules are weighed
        ChangeRequest.of(request).requireWaiting();
        return request;
    }
}
