package vn.ntm.assessment.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.ntm.assessment.EnteredValue;
import vn.ntm.assessment.ValueState;
import vn.ntm.errors.ConflictException;

/**
 * The write rule of a value's content ({@link AssessmentValue#edited}), which a single save and every row of a
 * sheet both follow: a locked value refuses; any other becomes a draft again with no reviewer; a return reason
 * stays until the owning body verifies or returns the value again.
 */
class ValueWriteRuleTest {

    @Test
    void a_new_value_is_a_draft_without_reason_or_reviewer() {
        assertThat(AssessmentValue.edited(null, null))
                .isEqualTo(new AssessmentValue.Edited(ValueState.DRAFT, null, null));
    }

    @Test
    void an_edited_returned_value_is_a_draft_that_keeps_its_return_reason() {
        assertThat(AssessmentValue.edited(ValueState.RETURNED, "Thiếu biên bản"))
                .isEqualTo(new AssessmentValue.Edited(ValueState.DRAFT, "Thiếu biên bản", null));
    }

    @Test
    void a_locked_value_refuses_the_edit() {
        assertThatThrownBy(() -> AssessmentValue.edited(ValueState.LOCKED, null))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("assessment.error.locked");
                    assertThat(e.status()).isEqualTo(409);
                });
    }

    @Test
    void a_single_change_leaves_exactly_what_the_rule_computes_from_every_state() {
        for (ValueState state : ValueState.values()) {
            AssessmentValue value = AssessmentValueStateMachineTest.inState(state);
            if (state == ValueState.LOCKED) {
                assertThatThrownBy(() -> value.change(EnteredValue.number(BigDecimal.ONE), null))
                        .isInstanceOf(ConflictException.class);
                continue;
            }
            AssessmentValue.Edited expected = AssessmentValue.edited(value.state, value.returnReason);
            value.change(EnteredValue.number(BigDecimal.ONE), "sửa");
            assertThat(new AssessmentValue.Edited(value.state, value.returnReason, value.reviewedBy))
                    .as("a change from %s", state)
                    .isEqualTo(expected);
            assertThat(value.state).isEqualTo(ValueState.DRAFT);
            assertThat(value.reviewedBy).isNull();
            assertThat(value.returnReason).isEqualTo(state == ValueState.RETURNED ? "Thiếu biên bản" : null);
        }
    }
}
