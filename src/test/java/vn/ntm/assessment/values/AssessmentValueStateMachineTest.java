package vn.ntm.assessment.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.ValueState;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.ProblemException;
import vn.ntm.testing.Properties;

/**
 * The life of a value: draft → submitted → verified → locked; returned (with a reason) back to the commune;
 * a locked value never changes; every other transition is refused and leaves the value as it was.
 */
class AssessmentValueStateMachineTest {

    static AssessmentValue draft(String number) {
        AssessmentValue value = AssessmentValue.draft(20161, 1, 57, 2025);
        value.change(EnteredValue.number(new BigDecimal(number)), "ghi chú");
        return value;
    }

    static AssessmentValue inState(ValueState state) {
        AssessmentValue value = draft("95");
        switch (state) {
            case DRAFT -> {}
            case SUBMITTED -> value.submit();
            case VERIFIED -> {
                value.submit();
                value.verify("so.yte.hue");
            }
            case RETURNED -> {
                value.submit();
                value.returnForRevision("so.yte.hue", "Thiếu biên bản");
            }
            case LOCKED -> {
                value.submit();
                value.verify("so.yte.hue");
                value.lock();
            }
        }
        assertThat(value.state).isEqualTo(state);
        return value;
    }

    static void refusedTransition(Runnable step, ValueState from, ValueState to) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("assessment.error.transition");
            assertThat(e.args()).containsExactly(from, to);
            assertThat(e.status()).isEqualTo(409);
        });
    }

    @Test
    void a_new_value_is_a_draft_and_goes_submitted_verified_locked() {
        AssessmentValue value = draft("95");
        assertThat(value.state).isEqualTo(ValueState.DRAFT);
        assertThat(value.entered().verified()).isFalse();
        value.submit();
        assertThat(value.state).isEqualTo(ValueState.SUBMITTED);
        assertThat(value.entered().verified()).isFalse();
        value.verify("so.yte.hue");
        assertThat(value.state).isEqualTo(ValueState.VERIFIED);
        assertThat(value.reviewedBy).isEqualTo("so.yte.hue");
        assertThat(value.entered().verified()).isTrue();
        value.lock();
        assertThat(value.state).isEqualTo(ValueState.LOCKED);
        assertThat(value.entered().verified())
                .as("a locked value rests on its verification")
                .isTrue();
        assertThat(value.entered().number()).isEqualByComparingTo("95");
    }

    @Test
    void returning_a_value_needs_a_reason_and_a_refused_return_changes_nothing() {
        AssessmentValue value = inState(ValueState.SUBMITTED);
        for (String reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> value.returnForRevision("so.yte.hue", reason))
                    .isInstanceOfSatisfying(BadInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("reason");
                        assertThat(e.messageKey()).isEqualTo("assessment.error.returnReasonRequired");
                    });
            assertThat(value.state).isEqualTo(ValueState.SUBMITTED);
            assertThat(value.reviewedBy).isNull();
        }
    }

    @Test
    void a_returned_value_carries_the_trimmed_reason_and_who_returned_it_back_to_the_commune() {
        AssessmentValue value = inState(ValueState.SUBMITTED);
        value.returnForRevision("so.yte.hue", "  Thiếu danh sách người tham gia bảo hiểm y tế ");
        assertThat(value.state).isEqualTo(ValueState.RETURNED);
        assertThat(value.returnReason).isEqualTo("Thiếu danh sách người tham gia bảo hiểm y tế");
        assertThat(value.reviewedBy).isEqualTo("so.yte.hue");
        assertThat(value.entered().verified()).isFalse();
    }

    @Test
    void a_verified_value_may_still_be_returned_with_a_reason() {
        AssessmentValue value = inState(ValueState.VERIFIED);
        value.returnForRevision("so.yte.hue", "Số liệu không khớp báo cáo");
        assertThat(value.state).isEqualTo(ValueState.RETURNED);
        assertThat(value.entered().verified()).isFalse();
    }

    @Test
    void the_commune_edits_a_returned_value_which_becomes_a_draft_again_and_is_resubmitted_then_verified() {
        AssessmentValue value = inState(ValueState.RETURNED);
        value.change(EnteredValue.number(new BigDecimal("96.5")), "Đã bổ sung danh sách");
        assertThat(value.state).isEqualTo(ValueState.DRAFT);
        assertThat(value.reviewedBy).isNull();
        assertThat(value.number).isEqualByComparingTo("96.5");
        value.submit();
        value.verify("so.yte.hue");
        assertThat(value.state).isEqualTo(ValueState.VERIFIED);
        assertThat(value.returnReason)
                .as("verification clears the old return reason")
                .isNull();
    }

    @Test
    void a_returned_value_may_also_be_resubmitted_unchanged() {
        AssessmentValue value = inState(ValueState.RETURNED);
        value.submit();
        assertThat(value.state).isEqualTo(ValueState.SUBMITTED);
    }

    @Test
    void changing_a_verified_value_takes_it_back_to_draft_so_the_owning_body_checks_it_again() {
        AssessmentValue value = inState(ValueState.VERIFIED);
        value.change(EnteredValue.number(new BigDecimal("80")), null);
        assertThat(value.state).isEqualTo(ValueState.DRAFT);
        assertThat(value.reviewedBy).isNull();
        assertThat(value.entered().verified()).isFalse();
    }

    @Test
    void a_locked_value_refuses_every_change_and_every_transition() {
        AssessmentValue value = inState(ValueState.LOCKED);
        assertThatThrownBy(() -> value.change(EnteredValue.number(new BigDecimal("10")), "sửa"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.error.locked"));
        assertThat(value.number).isEqualByComparingTo("95");
        assertThat(value.note).isEqualTo("ghi chú");
        refusedTransition(value::submit, ValueState.LOCKED, ValueState.SUBMITTED);
        refusedTransition(() -> value.verify("so.yte.hue"), ValueState.LOCKED, ValueState.VERIFIED);
        refusedTransition(() -> value.returnForRevision("so.yte.hue", "Sai"), ValueState.LOCKED, ValueState.RETURNED);
        refusedTransition(value::lock, ValueState.LOCKED, ValueState.LOCKED);
        assertThat(value.state).isEqualTo(ValueState.LOCKED);
        assertThat(value.reviewedBy).isEqualTo("so.yte.hue");
    }

    @Test
    void only_a_submitted_value_can_be_verified() {
        refusedTransition(() -> inState(ValueState.DRAFT).verify("so.yte.hue"), ValueState.DRAFT, ValueState.VERIFIED);
        refusedTransition(
                () -> inState(ValueState.RETURNED).verify("so.yte.hue"), ValueState.RETURNED, ValueState.VERIFIED);
        refusedTransition(
                () -> inState(ValueState.VERIFIED).verify("so.yte.hue"), ValueState.VERIFIED, ValueState.VERIFIED);
    }

    @Test
    void a_value_already_submitted_or_verified_cannot_be_submitted_again() {
        refusedTransition(() -> inState(ValueState.SUBMITTED).submit(), ValueState.SUBMITTED, ValueState.SUBMITTED);
        refusedTransition(() -> inState(ValueState.VERIFIED).submit(), ValueState.VERIFIED, ValueState.SUBMITTED);
    }

    @Test
    void a_draft_or_returned_value_cannot_be_returned_and_only_a_verified_value_can_be_locked() {
        refusedTransition(
                () -> inState(ValueState.DRAFT).returnForRevision("so.yte.hue", "Sai"),
                ValueState.DRAFT,
                ValueState.RETURNED);
        refusedTransition(
                () -> inState(ValueState.RETURNED).returnForRevision("so.yte.hue", "Sai"),
                ValueState.RETURNED,
                ValueState.RETURNED);
        refusedTransition(() -> inState(ValueState.DRAFT).lock(), ValueState.DRAFT, ValueState.LOCKED);
        refusedTransition(() -> inState(ValueState.SUBMITTED).lock(), ValueState.SUBMITTED, ValueState.LOCKED);
        refusedTransition(() -> inState(ValueState.RETURNED).lock(), ValueState.RETURNED, ValueState.LOCKED);
    }

    @Test
    void a_refused_transition_leaves_the_value_exactly_as_it_was() {
        AssessmentValue value = inState(ValueState.RETURNED);
        assertThatThrownBy(() -> value.verify("so.nn")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(value::lock).isInstanceOf(ConflictException.class);
        assertThat(value.state).isEqualTo(ValueState.RETURNED);
        assertThat(value.returnReason).isEqualTo("Thiếu biên bản");
        assertThat(value.reviewedBy).isEqualTo("so.yte.hue");
    }

    // --- property: random sequences against the transition table -------------------------------------------

    enum Step {
        CHANGE,
        SUBMIT,
        VERIFY,
        RETURN,
        RETURN_WITHOUT_REASON,
        LOCK
    }

    /** The transition table of the issue, written out independently: which states each step may leave from. */
    static final Map<Step, Set<ValueState>> ALLOWED_FROM = Map.of(
            Step.CHANGE, Set.of(ValueState.DRAFT, ValueState.SUBMITTED, ValueState.VERIFIED, ValueState.RETURNED),
            Step.SUBMIT, Set.of(ValueState.DRAFT, ValueState.RETURNED),
            Step.VERIFY, Set.of(ValueState.SUBMITTED),
            Step.RETURN, Set.of(ValueState.SUBMITTED, ValueState.VERIFIED),
            Step.RETURN_WITHOUT_REASON, Set.of(),
            Step.LOCK, Set.of(ValueState.VERIFIED));

    static final Map<Step, ValueState> LEADS_TO = Map.of(
            Step.CHANGE,
            ValueState.DRAFT,
            Step.SUBMIT,
            ValueState.SUBMITTED,
            Step.VERIFY,
            ValueState.VERIFIED,
            Step.RETURN,
            ValueState.RETURNED,
            Step.LOCK,
            ValueState.LOCKED);

    @Test
    void property_any_sequence_of_steps_follows_the_transition_table_and_a_locked_value_never_changes_again() {
        Properties.forAll(2025L, 1500, Properties.lists(Properties.oneOf(Step.values()), 1, 25), steps -> {
            AssessmentValue value = draft("50");
            ValueState expected = ValueState.DRAFT;
            BigDecimal expectedNumber = new BigDecimal("50");
            int n = 0;
            for (Step step : steps) {
                n++;
                ValueState before = value.state;
                BigDecimal numberBefore = value.number;
                String reasonBefore = value.returnReason;
                String reviewerBefore = value.reviewedBy;
                BigDecimal newNumber = BigDecimal.valueOf(n);
                boolean allowed = ALLOWED_FROM.get(step).contains(expected);
                try {
                    switch (step) {
                        case CHANGE -> value.change(EnteredValue.number(newNumber), null);
                        case SUBMIT -> value.submit();
                        case VERIFY -> value.verify("so.yte.hue");
                        case RETURN -> value.returnForRevision("so.yte.hue", "Lý do " + n);
                        case RETURN_WITHOUT_REASON -> value.returnForRevision("so.yte.hue", " ");
                        case LOCK -> value.lock();
                    }
                    assertThat(allowed)
                            .as("step %d %s from %s was accepted", n, step, before)
                            .isTrue();
                    expected = LEADS_TO.get(step);
                    if (step == Step.CHANGE) {
                        expectedNumber = newNumber;
                    }
                } catch (ProblemException e) {
                    assertThat(allowed)
                            .as("step %d %s from %s was refused: %s", n, step, before, e.getMessage())
                            .isFalse();
                    assertThat(value.state).isEqualTo(before);
                    assertThat(value.number).isEqualTo(numberBefore);
                    assertThat(value.returnReason).isEqualTo(reasonBefore);
                    assertThat(value.reviewedBy).isEqualTo(reviewerBefore);
                }
                assertThat(value.state).isEqualTo(expected);
                assertThat(value.number).isEqualByComparingTo(expectedNumber);
                assertThat(value.entered().verified())
                        .isEqualTo(
                                List.of(ValueState.VERIFIED, ValueState.LOCKED).contains(value.state));
                if (value.state == ValueState.RETURNED) {
                    assertThat(value.returnReason).isNotBlank();
                }
            }
        });
    }
}
