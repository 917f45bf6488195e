package vn.ntm.document.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ntm.document.DocumentState;
import vn.ntm.document.layout.DateLine;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.ProblemException;

/** The rules of states and signed copies, one line each, without a database. */
class SignedCopyRulesTest {

    @Test
    void each_state_allows_only_its_next_moves() {
        assertThat(DocumentState.DRAFT.allows(DocumentState.NUMBERED)).isTrue();
        assertThat(DocumentState.DRAFT.allows(DocumentState.DISCARDED)).isTrue();
        assertThat(DocumentState.DRAFT.allows(DocumentState.ISSUED))
                .as("never issued without a number")
                .isFalse();
        assertThat(DocumentState.NUMBERED.allows(DocumentState.ISSUED)).isTrue();
        assertThat(DocumentState.NUMBERED.allows(DocumentState.DISCARDED))
                .as("a number is never given back")
                .isFalse();
        assertThat(DocumentState.ISSUED.allows(DocumentState.WITHDRAWN)).isTrue();
        assertThat(DocumentState.ISSUED.allows(DocumentState.NUMBERED)).isFalse();
        for (DocumentState next : DocumentState.values()) {
            assertThat(DocumentState.WITHDRAWN.allows(next)).isFalse();
            assertThat(DocumentState.DISCARDED.allows(next)).isFalse();
        }
    }

    @Test
    void signing_times_are_read_with_the_offset_they_state() {
        assertThat(SigningTimes.parse("2024-10-31T17:52:17+0700"))
                .isEqualTo(OffsetDateTime.parse("2024-10-31T17:52:17+07:00"));
        assertThat(SigningTimes.parse("2024-11-01T08:05:53+07:00").getOffset().getTotalSeconds())
                .isEqualTo(7 * 3600);
        assertThat(SigningTimes.parse("D:20241031175217+07'00'"))
                .isEqualTo(OffsetDateTime.parse("2024-10-31T17:52:17+07:00"));
        assertThat(SigningTimes.parse("D:20241031175217Z")).isEqualTo(OffsetDateTime.parse("2024-10-31T17:52:17Z"));
        assertThat(SigningTimes.parse("D:20241031175217"))
                .as("no offset: not a time one can place")
                .isNull();
        assertThat(SigningTimes.parse("2024-13-45T99:00:00+0700"))
                .as("not a date: kept as text only")
                .isNull();
    }

    @Test
    void the_date_line_of_the_register_writes_a_leading_zero_for_days_below_10_and_months_1_and_2_only() {
        assertThat(DateLine.words(LocalDate.of(2026, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2026");
        assertThat(DateLine.words(LocalDate.of(2026, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2026");
        assertThat(DateLine.words(LocalDate.of(2026, 12, 1))).isEqualTo("ngày 01 tháng 12 năm 2026");
    }

    @Test
    void a_copy_is_compared_with_the_register_ignoring_where_the_pdf_text_breaks_lines_and_spaces() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        assertThat(SignedCopies.againstRegister(
                        "Số: 04/KH-\nUBND  Khe Tre, ngày 05 tháng\n01 năm 2026", "Số: 04/KH-UBND", day))
                .isEmpty();
        assertThat(SignedCopies.againstRegister("Số:      /KH-UBND ngày     tháng 01 năm 2026", "Số: 04/KH-UBND", day))
                .containsExactly(SignedCopies.OTHER_NUMBER, SignedCopies.OTHER_DATE);
        assertThat(SignedCopies.againstRegister(" \n ", "Số: 04/KH-UBND", day)).containsExactly(SignedCopies.NO_TEXT);
    }

    @Test
    void a_signed_copy_is_a_pdf_or_a_scanned_image_of_its_stated_kind_and_within_the_size_limit() {
        byte[] pdf = "%PDF-1.7 x".getBytes();
        assertThat(SignedCopyType.check("ky.PDF", pdf, 100)).isEqualTo("application/pdf");
        assertThat(SignedCopyType.check("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1}, 100))
                .isEqualTo("image/png");
        assertThat(key(() -> SignedCopyType.check("ky.pdf", pdf, 5))).isEqualTo("document.error.signedTooLarge");
        assertThat(key(() -> SignedCopyType.check("ky.pdf", new byte[0], 100))).isEqualTo("document.error.signedEmpty");
        assertThat(key(() -> SignedCopyType.check("ky.exe", pdf, 100))).isEqualTo("document.error.signedType");
        assertThat(key(() -> SignedCopyType.check("ky.jpg", pdf, 100))).isEqualTo("document.error.signedContent");
        assertThatThrownBy(() -> SigningTimes.read("hong.pdf", "%PDF-1.7 broken".getBytes()))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void an_illegal_move_reads_in_vietnamese_naming_both_states() {
        ConflictException refused = (ConflictException) catchProblem(() -> new OfficialDocument(
                        1,
                        2,
                        3,
                        "STATE",
                        "KE_HOACH",
                        "Kế hoạch",
                        DocumentState.ISSUED,
                        null,
                        LocalDate.of(2026, 1, 5),
                        null,
                        4)
                .numbered(LocalDate.of(2026, 1, 6)));
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/document");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        Object[] args = List.of(refused.args()).stream()
                .map(a -> bundle.getMessage((MessageSourceResolvable) a, Locale.ROOT))
                .toArray();
        assertThat(bundle.getMessage(refused.messageKey(), args, Locale.ROOT))
                .isEqualTo("Không thể chuyển văn bản từ trạng thái «Đã ban hành» sang «Đã cấp số, chờ bản ký».");
        assertThat(bundle.getMessage(refused.messageKey(), args, Locale.ENGLISH))
                .isNotBlank();
    }

    private static String key(Runnable call) {
        return catchProblem(call::run).messageKey();
    }

    private static ProblemException catchProblem(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ProblemException.class);
        return (ProblemException) thrown;
    }
}
