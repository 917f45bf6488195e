package vn.ntm.assessment.values;

import java.math.BigDecimal;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.ValueState;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;

/**
 * One indicator value of a unit for a year under a set: the aggregate that guards its own transitions. A commune
 * may change it until it is locked (a change after submission or verification takes it back to draft, so the
 * owning body checks it again); only a submitted value can be verified; a value is returned with a reason.
 */
public final class AssessmentValue {

    final long id;
    public final long unitId;
    final long setId;
    final long indicatorId;
    final int year;
    BigDecimal number;
    Boolean met;
    boolean notEvaluated;
    String notEvaluatedReason;
    String note;
    public ValueState state;
    String returnReason;
    String reviewedBy;
    final int version;

    AssessmentValue(
            long id,
            long unitId,
            long setId,
            long indicatorId,
            int year,
            BigDecimal number,
            Boolean met,
            boolean notEvaluated,
            String notEvaluatedReason,
            String note,
            ValueState state,
            String returnReason,
            String reviewedBy,
            int version) {
        this.id = id;
        this.unitId = unitId;
        this.setId = setId;
        this.indicatorId = indicatorId;
        this.year = year;
        this.number = number;
        this.met = met;
        this.notEvaluated = notEvaluated;
        this.notEvaluatedReason = notEvaluatedReason;
        this.note = note;
        this.state = state;
        this.returnReason = returnReason;
        this.reviewedBy = reviewedBy;
        this.version = version;
    }

    /** A new, empty draft. */
    static AssessmentValue draft(long unitId, long setId, long indicatorId, int year) {
        return new AssessmentValue(
                0, unitId, setId, indicatorId, year, null, null, false, null, null, ValueState.DRAFT, null, null, 0);
    }

    /**
     * What an edit of the content leaves behind, whatever way it comes (a save, a criterion's page, an approved
     * request, a row of a sheet): the state, the return reason and the reviewer after the edit.
     */
    record Edited(ValueState state, String returnReason, String reviewedBy) {}

    /**
     * The write rule of a value's content, computed without touching anything, so that a single save and a
     * batch apply decide every row alike: a locked value refuses the edit; any other becomes a draft again, which
     * the owning body checks anew (its earlier review no longer applies), and a return reason stays until the
     * body verifies the value or returns it again: the commune sees what it is fixing for as long as it fixes
     * it, and the body re-checking sees what it asked for. {@code from} is null for a value not stored yet.
     */
    static Edited edited(ValueState from, String returnReason) {
        if (from == ValueState.LOCKED) {
            throw new ConflictException("value", "assessment.error.locked");
        }
        return new Edited(ValueState.DRAFT, from == null ? null : returnReason, null);
    }

    void change(EnteredValue value, String note) {
        Edited next = edited(state, returnReason);
        this.number = value.number();
        this.met = value.met();
        this.notEvaluated = value.notEvaluated();
        this.notEvaluatedReason = value.notEvaluatedReason();
        this.note = note;
        this.state = next.state();
        this.returnReason = next.returnReason();
        this.reviewedBy = next.reviewedBy();
    }

    void submit() {
        if (state != ValueState.DRAFT && state != ValueState.RETURNED) {
            throw new ConflictException("state", "assessment.error.transition", state, ValueState.SUBMITTED);
        }
        state = ValueState.SUBMITTED;
    }

    void verify(String by) {
        if (state != ValueState.SUBMITTED) {
            throw new ConflictException("state", "assessment.error.transition", state, ValueState.VERIFIED);
        }
        state = ValueState.VERIFIED;
        reviewedBy = by;
        returnReason = null;
    }

    void returnForRevision(String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason", "assessment.error.returnReasonRequired");
        }
        InputText.check("reason", reason, TextKind.REASON);
        if (state != ValueState.SUBMITTED && state != ValueState.VERIFIED) {
            throw new ConflictException("state", "assessment.error.transition", state, ValueState.RETURNED);
        }
        state = ValueState.RETURNED;
        reviewedBy = by;
        returnReason = reason.trim();
    }

    void lock() {
        if (state != ValueState.VERIFIED) {
            throw new ConflictException("state", "assessment.error.transition", state, ValueState.LOCKED);
        }
        state = ValueState.LOCKED;
    }

    EnteredValue entered() {
        return new EnteredValue(
                number,
                met,
                notEvaluated,
                notEvaluatedReason,
                state == ValueState.VERIFIED || state == ValueState.LOCKED);
    }
}
