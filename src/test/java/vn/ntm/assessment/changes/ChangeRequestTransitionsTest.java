package vn.ntm.assessment.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;

/**
 * The life of a change asked for after entry closed: waiting → approved (over the value it was based on) or
 * rejected (with a note); a decided request never changes again. Every refused step says why and leaves the
 * request as it was.
 */
class ChangeRequestTransitionsTest {

    static ChangeRequest waiting(Integer basedOn) {
        return new ChangeRequest(41, 20161, ChangeRequestState.PENDING, basedOn, null, null);
    }

    static void refusedAsDecided(Runnable step, ChangeRequestState state) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("assessment.error.requestDecided");
            assertThat(e.field()).isEqualTo("state");
            assertThat(e.args()).containsExactly(41L, state);
            assertThat(e.status()).isEqualTo(409);
        });
    }

    @Test
    void only_a_waiting_request_may_become_approved_or_rejected_and_nothing_leaves_a_decision() {
        for (ChangeRequestState from : ChangeRequestState.values()) {
            for (ChangeRequestState to : ChangeRequestState.values()) {
                boolean allowed = from == ChangeRequestState.PENDING && to != ChangeRequestState.PENDING;
                assertThat(from.mayBecome(to)).as("%s → %s", from, to).isEqualTo(allowed);
            }
        }
    }

    @Test
    void a_waiting_request_is_approved_by_the_leader_with_the_note_when_the_value_did_not_change() {
        ChangeRequest request = waiting(3);
        request.requireWaiting();
        ChangeRequest approved = request.approve("lanhdao.khetre", "Đồng ý", 3);
        assertThat(approved)
                .isEqualTo(new ChangeRequest(41, 20161, ChangeRequestState.APPROVED, 3, "lanhdao.khetre", "Đồng ý"));
        assertThat(request.state()).as("the request read is left as it was").isEqualTo(ChangeRequestState.PENDING);
    }

    @Test
    void a_request_made_before_the_value_existed_is_approved_while_there_is_still_none() {
        assertThat(waiting(null).approve("admin", null, null).state()).isEqualTo(ChangeRequestState.APPROVED);
    }

    @Test
    void approving_over_a_value_changed_since_the_request_is_refused_so_the_newer_value_is_not_lost() {
        for (Integer now : new Integer[] {4, null}) {
            assertThatThrownBy(() -> waiting(3).approve("lanhdao.khetre", null, now))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("assessment.error.requestStale");
                        assertThat(e.field()).isEqualTo("version");
                        assertThat(e.args()).containsExactly("41");
                    });
        }
        assertThatThrownBy(() -> waiting(null).approve("admin", null, 0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_rejection_needs_a_note_and_a_waiting_request_is_rejected_with_it() {
        for (String note : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> waiting(3).reject("lanhdao.khetre", note))
                    .isInstanceOfSatisfying(BadInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("note");
                        assertThat(e.messageKey()).isEqualTo("input.error.rejectNoteRequired");
                    });
        }
        ChangeRequest rejected = waiting(3).reject("lanhdao.khetre", "Số liệu chưa có biên bản");
        assertThat(rejected.state()).isEqualTo(ChangeRequestState.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo("lanhdao.khetre");
        assertThat(rejected.decisionNote()).isEqualTo("Số liệu chưa có biên bản");
    }

    @Test
    void a_decided_request_refuses_every_further_decision() {
        ChangeRequest approved = waiting(3).approve("lanhdao.khetre", null, 3);
        ChangeRequest rejected = waiting(3).reject("lanhdao.khetre", "Không cần thay đổi");
        for (ChangeRequest decided : new ChangeRequest[] {approved, rejected}) {
            refusedAsDecided(decided::requireWaiting, decided.state());
            refusedAsDecided(() -> decided.approve("admin", "Đồng ý", 3), decided.state());
            refusedAsDecided(() -> decided.reject("admin", "Thôi"), decided.state());
        }
        assertThat(approved.decidedBy()).isEqualTo("lanhdao.khetre");
        assertThat(rejected.decisionNote()).isEqualTo("Không cần thay đổi");
    }

    @Test
    void the_refusal_of_a_decided_request_reads_in_vietnamese_and_in_english() {
        Object[] args = {"41", ChangeRequestState.APPROVED};
        assertThat(text(Locale.forLanguageTag("vi"), args))
                .isEqualTo("Đề nghị thay đổi số 41 đã được xử lý (APPROVED).");
        assertThat(text(Locale.ENGLISH, args)).isEqualTo("Change request 41 was already decided (APPROVED).");
    }

    private static String text(Locale locale, Object[] args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n/assessment",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("assessment.error.requestDecided"), locale).format(args);
    }
}
