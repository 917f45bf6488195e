package vn.ntm.document.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ntm.document.issue.DocumentFixtures.LEADER;
import static vn.ntm.document.issue.DocumentFixtures.OFFICER;
import static vn.ntm.document.issue.DocumentFixtures.OTHER_COMMUNE;
import static vn.ntm.document.issue.DocumentFixtures.VIEWER;
import static vn.ntm.document.issue.DocumentFixtures.draftOf;
import static vn.ntm.document.issue.DocumentFixtures.files;
import static vn.ntm.document.issue.DocumentFixtures.state;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.audit.AuditEntry;
import vn.ntm.document.DocumentIssued;
import vn.ntm.document.DocumentNumbered;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.DocumentWithdrawn;
import vn.ntm.document.Documents;
import vn.ntm.document.IssueGuard;
import vn.ntm.document.Source;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.files.StoredFiles;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.VietnameseDates;

/**
 * A document's way from draft to record on real PostgreSQL, through the service: each move the state allows, each
 * other refused with its reason and nothing changed; a change made on an older version refused; the signed copy
 * kept with its SHA-256 and the signing times it states; drafts kept beside it; every move audited; events only
 * after commit; and nothing seen or changed outside the caller's unit.
 */
@NtmTest
@RecordApplicationEvents
class DocumentLifecycleTest {

    @Autowired
    Documents documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    TransactionTemplate tx;

    DocumentFixtures fixtures;
    long ubnd;
    String series;

    private static final AtomicInteger SERIES = new AtomicInteger();

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(accounts, jdbc);
        ubnd = fixtures.kheTreBody("UBND_XA");
        series = "L" + System.nanoTime() % 1_000_000 + "-" + SERIES.incrementAndGet();
    }

    @Test
    void a_draft_numbered_then_signed_digitally_is_issued_with_the_hash_and_signing_times_its_copy_states() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        DocumentView draft = fixtures.as(
                OFFICER,
                () -> draftOf(documents, ubnd, "STATE", "Kế hoạch xây dựng nông thôn mới", new Source("plan", "7")));
        DocumentView redrafted =
                fixtures.as(OFFICER, () -> documents.redraft(draft.id(), draft.version(), null, files("lần 2")));
        assertThat(redrafted.revisions())
                .extracting(DocumentView.Revision::revision)
                .containsExactly(1, 2);

        DocumentView numbered = fixtures.as(
                LEADER, () -> documents.number(redrafted.id(), redrafted.version(), day, state(ubnd, series)));
        assertThat(numbered.state()).isEqualTo(DocumentState.NUMBERED);
        assertThat(numbered.display()).isEqualTo("Số: 01/KH-UBND");
        assertThat(numbered.issuedOn()).isEqualTo(day);
        assertThat(events.stream(DocumentNumbered.class))
                .containsExactly(new DocumentNumbered(
                        numbered.id(), ubnd, "KE_HOACH", "Số: 01/KH-UBND", day, new Source("plan", "7")));

        OffsetDateTime signedAt = OffsetDateTime.parse("2026-01-05T17:52:17+07:00");
        byte[] signed = DocumentFixtures.pdf(
                DocumentFixtures.page("Số: 01/KH-UBND", day, "2026-01-06T08:05:53+0700"),
                new DocumentFixtures.Signed("Hồ Thị Hằng", "Ban hành", "Khe Tre", signedAt));
        DocumentView issued = fixtures.as(
                LEADER, () -> documents.uploadSigned(numbered.id(), numbered.version(), "ke-hoach-ky.pdf", signed));

        assertThat(issued.state()).isEqualTo(DocumentState.ISSUED);
        DocumentView.SignedCopy copy = issued.issuedCopy();
        assertThat(copy.sha256()).isEqualTo(StoredFiles.sha256(signed)).hasSize(64);
        assertThat(copy.warnings()).isEmpty();
        assertThat(copy.signingTimes())
                .extracting(
                        DocumentView.SigningTime::source,
                        DocumentView.SigningTime::signer,
                        DocumentView.SigningTime::statedAt)
                .containsExactly(
                        tuple("SIGNATURE_DICTIONARY", "Hồ Thị Hằng", signedAt),
                        tuple("PAGE_TEXT", null, OffsetDateTime.parse("2026-01-06T08:05:53+07:00")));
        assertThat(copy.signingTimes().get(1).statedText()).isEqualTo("2026-01-06T08:05:53+0700");
        assertThat(copy.signingTimes().get(0).reason()).isEqualTo("Ban hành");
        assertThat(copy.signingTimes().get(0).statedText())
                .as("the dictionary's own text")
                .isEqualTo("D:20260105175217+07'00'");
        assertThat(issued.revisions())
                .as("the drafts stay beside the issued copy")
                .hasSize(2);
        assertThat(fixtures.as(LEADER, () -> documents.signedFile(issued.id(), copy.id()))
                        .content())
                .isEqualTo(signed);
        assertThat(events.stream(DocumentIssued.class))
                .containsExactly(new DocumentIssued(
                        issued.id(),
                        ubnd,
                        "KE_HOACH",
                        "Số: 01/KH-UBND",
                        day,
                        new Source("plan", "7"),
                        StoredFiles.sha256(signed)));

        List<AuditEntry> history = fixtures.as(LEADER, () -> documents.history(issued.id()));
        assertThat(history)
                .extracting(AuditEntry::action)
                .containsSubsequence("CREATE", "REDRAFT", "NUMBER", "UPLOAD_SIGNED", "ISSUE");
        assertThat(history)
                .filteredOn(e -> "NUMBER".equals(e.action()) && "number".equals(e.field()))
                .extracting(AuditEntry::newValue)
                .containsExactly("Số: 01/KH-UBND");
    }

    @Test
    void a_scan_without_text_waits_for_confirmation_and_then_becomes_the_issued_version() {
        DocumentView numbered = numberedDraft(LocalDate.of(2026, 2, 3));
        byte[] scan = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        DocumentView uploaded = fixtures.as(
                LEADER, () -> documents.uploadSigned(numbered.id(), numbered.version(), "C:\\scan\\ban-ky.jpg", scan));
        assertThat(uploaded.state()).isEqualTo(DocumentState.NUMBERED);
        DocumentView.SignedCopy copy = uploaded.signedCopies().get(0);
        assertThat(copy.fileName()).isEqualTo("ban-ky.jpg");
        assertThat(copy.contentType()).isEqualTo("image/jpeg");
        assertThat(copy.warnings()).containsExactly("document.warning.noText");
        assertThat(copy.confirmed()).isFalse();
        assertThat(uploaded.issuedCopy()).isNull();
        assertThat(events.stream(DocumentIssued.class)).isEmpty();

        DocumentView confirmed =
                fixtures.as(LEADER, () -> documents.confirmSigned(uploaded.id(), uploaded.version(), copy.id()));
        assertThat(confirmed.state()).isEqualTo(DocumentState.ISSUED);
        assertThat(confirmed.issuedCopy().sha256()).isEqualTo(StoredFiles.sha256(scan));
        assertThat(events.stream(DocumentIssued.class)).hasSize(1);

        // the one update that confirms finds nothing to confirm: told which, and the refused change leaves no trace
        refusedUnchanged(
                confirmed,
                "document.error.copyConfirmed",
                () -> documents.confirmSigned(confirmed.id(), confirmed.version(), copy.id()));
        refusedUnchanged(
                confirmed,
                "document.error.copyNotFound",
                () -> documents.confirmSigned(confirmed.id(), confirmed.version(), copy.id() + 1_000_000));
        assertThat(events.stream(DocumentIssued.class)).hasSize(1);
    }

    @Test
    void a_copy_showing_another_number_is_kept_with_its_warning_and_not_issued() {
        DocumentView numbered = numberedDraft(LocalDate.of(2026, 2, 4));
        byte[] other = DocumentFixtures.pdf(
                DocumentFixtures.page("Số: 77/KH-UBND", LocalDate.of(2026, 2, 4), "2026-02-04T09:00:00+0700"), null);
        DocumentView uploaded =
                fixtures.as(LEADER, () -> documents.uploadSigned(numbered.id(), numbered.version(), "ky.pdf", other));
        assertThat(uploaded.state()).isEqualTo(DocumentState.NUMBERED);
        assertThat(uploaded.signedCopies().get(0).warnings()).containsExactly("document.warning.otherNumber");
        assertThat(uploaded.signedCopies().get(0).signingTimes())
                .extracting(DocumentView.SigningTime::statedText)
                .containsExactly("2026-02-04T09:00:00+0700");
    }

    @Test
    void a_numbering_whose_transaction_rolls_back_takes_no_number_and_publishes_nothing() {
        DocumentView draft = fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Kế hoạch", null));
        fixtures.as(
                LEADER,
                () -> tx.execute(status -> {
                    DocumentView numbered = documents.number(
                            draft.id(), draft.version(), LocalDate.of(2026, 2, 10), state(ubnd, series));
                    assertThat(numbered.number()).isEqualTo(1);
                    status.setRollbackOnly();
                    return null;
                }));
        assertThat(events.stream(DocumentNumbered.class))
                .as("published after commit only")
                .isEmpty();
        DocumentView after = fixtures.as(LEADER, () -> documents.get(draft.id()));
        assertThat(after.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(after.number()).isNull();
        DocumentView again = fixtures.as(
                LEADER,
                () -> documents.number(draft.id(), draft.version(), LocalDate.of(2026, 2, 10), state(ubnd, series)));
        assertThat(again.number())
                .as("the rolled-back number was given back with the counter")
                .isEqualTo(1);
        assertThat(events.stream(DocumentNumbered.class)).hasSize(1);
    }

    @Test
    void illegal_moves_are_refused_with_both_states_named_and_change_nothing() {
        DocumentView draft = fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Thông báo", null));
        refusedUnchanged(draft, "document.error.move", () -> documents.withdraw(draft.id(), draft.version(), "Lý do"));
        refusedUnchanged(
                draft,
                "document.error.signedBeforeNumber",
                () -> documents.uploadSigned(
                        draft.id(), draft.version(), "a.pdf", DocumentFixtures.pdf(List.of("x"), null)));

        DocumentView numbered = fixtures.as(
                LEADER,
                () -> documents.number(draft.id(), draft.version(), LocalDate.of(2026, 2, 5), state(ubnd, series)));
        refusedUnchanged(
                numbered,
                "document.error.move",
                () -> documents.number(
                        numbered.id(), numbered.version(), LocalDate.of(2026, 2, 5), state(ubnd, series)));
        refusedUnchanged(
                numbered,
                "document.error.notDraft",
                () -> documents.redraft(numbered.id(), numbered.version(), "Mới", files("x")));
        refusedUnchanged(
                numbered, "document.error.move", () -> documents.discard(numbered.id(), numbered.version(), null));

        DocumentView withdrawn =
                fixtures.as(LEADER, () -> documents.withdraw(numbered.id(), numbered.version(), "Ban hành nhầm"));
        assertThat(withdrawn.stateReason()).isEqualTo("Ban hành nhầm");
        assertThat(events.stream(DocumentWithdrawn.class)).hasSize(1);
        refusedUnchanged(
                withdrawn,
                "document.error.move",
                () -> documents.withdraw(withdrawn.id(), withdrawn.version(), "Lần nữa"));
        refusedUnchanged(
                withdrawn,
                "document.error.signedNotAllowed",
                () -> documents.uploadSigned(
                        withdrawn.id(), withdrawn.version(), "a.pdf", DocumentFixtures.pdf(List.of("x"), null)));

        ConflictException move = (ConflictException) catchProblem(
                () -> fixtures.as(LEADER, () -> documents.withdraw(withdrawn.id(), withdrawn.version(), "Lần nữa")));
        assertThat(move.args()).hasSize(2);
    }

    @Test
    void a_change_made_on_an_older_version_is_refused_and_not_written_over_the_newer_one() {
        DocumentView draft = fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Báo cáo", null));
        DocumentView newer =
                fixtures.as(OFFICER, () -> documents.redraft(draft.id(), draft.version(), "Báo cáo mới", files("2")));
        assertThatThrownBy(() -> fixtures.as(
                        LEADER,
                        () -> documents.number(
                                draft.id(), draft.version(), LocalDate.of(2026, 2, 6), state(ubnd, series))))
                .isInstanceOf(ConcurrentEditException.class);
        DocumentView now = fixtures.as(LEADER, () -> documents.get(draft.id()));
        assertThat(now.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(now.title()).isEqualTo("Báo cáo mới");
        assertThat(now.version()).isEqualTo(newer.version());
        assertThat(now.number()).isNull();
        assertThat(events.stream(DocumentNumbered.class))
                .as("no event of a refused change")
                .isEmpty();
    }

    /**
     * The change that commits while a numbering is under way, after the numbering read the document and before it
     * saves: only the SQL guard ({@code and version = ?}) can see it. A guard of the source runs exactly there, so
     * it lets another user's redraft commit in a transaction of its own.
     */
    @Test
    void a_change_committed_between_the_read_and_the_save_is_caught_by_the_version_in_the_update() {
        String module = "race" + series.replace("-", "");
        TransactionTemplate apart = new TransactionTemplate(tx.getTransactionManager());
        apart.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        AtomicInteger redrafts = new AtomicInteger();
        AtomicLong target = new AtomicLong();
        context.getBeanFactory().registerSingleton(module, new IssueGuard() {
            @Override
            public String sourceModule() {
                return module;
            }

            @Override
            public List<String> problems(String sourceRef) {
                long id = target.get();
                apart.executeWithoutResult(status -> fixtures.as(OFFICER, () -> {
                    DocumentView seen = documents.get(id);
                    redrafts.incrementAndGet();
                    return documents.redraft(id, seen.version(), "Báo cáo sửa giữa chừng", files("giữa"));
                }));
                return List.of();
            }
        });
        DocumentView draft =
                fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Báo cáo", new Source(module, "race")));
        target.set(draft.id());

        assertThatThrownBy(() -> fixtures.as(
                        LEADER,
                        () -> documents.number(
                                draft.id(), draft.version(), LocalDate.of(2026, 2, 6), state(ubnd, series))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(redrafts).as("the other change ran in between").hasValue(1);
        DocumentView now = fixtures.as(LEADER, () -> documents.get(draft.id()));
        assertThat(now.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(now.title()).isEqualTo("Báo cáo sửa giữa chừng");
        assertThat(now.version()).isEqualTo(draft.version() + 1);
        assertThat(now.number()).isNull();
        assertThat(events.stream(DocumentNumbered.class)).isEmpty();
    }

    @Test
    void a_guard_of_the_source_module_holds_the_number_back_with_its_problems() {
        String module = "guard" + series.replace("-", "");
        context.getBeanFactory().registerSingleton(module, new IssueGuard() {
            @Override
            public String sourceModule() {
                return module;
            }

            @Override
            public List<String> problems(String sourceRef) {
                return "held".equals(sourceRef) ? List.of("nhiệm vụ 3 chưa có đơn vị chủ trì") : List.of();
            }
        });
        DocumentView held =
                fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Kế hoạch", new Source(module, "held")));
        ProblemException refused = catchProblem(() -> fixtures.as(
                LEADER,
                () -> documents.number(held.id(), held.version(), LocalDate.of(2026, 2, 7), state(ubnd, series))));
        assertThat(refused.messageKey()).isEqualTo("document.error.guarded");
        assertThat(refused.args()).containsExactly("nhiệm vụ 3 chưa có đơn vị chủ trì");
        assertThat(fixtures.as(LEADER, () -> documents.get(held.id())).number()).isNull();

        DocumentView free =
                fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Kế hoạch", new Source(module, "free")));
        assertThat(fixtures.as(
                                LEADER,
                                () -> documents.number(
                                        free.id(), free.version(), LocalDate.of(2026, 2, 7), state(ubnd, series)))
                        .number())
                .as("the refused one took no number")
                .isEqualTo(1);
    }

    @Test
    void nobody_sees_or_changes_a_document_outside_their_unit_and_a_viewer_drafts_nothing() {
        DocumentView draft = fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Công văn", null));
        assertThatThrownBy(() -> fixtures.as(OTHER_COMMUNE, () -> documents.get(draft.id())))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> fixtures.as(
                        OTHER_COMMUNE,
                        () -> documents.number(
                                draft.id(), draft.version(), LocalDate.of(2026, 2, 8), state(ubnd, series))))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(fixtures.as(OTHER_COMMUNE, () -> documents.list(null, null, null)))
                .extracting(DocumentView::id)
                .doesNotContain(draft.id());
        assertThat(fixtures.as(LEADER, () -> documents.list(ubnd, DocumentState.DRAFT, null)))
                .extracting(DocumentView::id)
                .contains(draft.id());
        assertThatThrownBy(() -> fixtures.as(OTHER_COMMUNE, () -> draftOf(documents, ubnd, "STATE", "Công văn", null)))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> fixtures.as(VIEWER, () -> draftOf(documents, ubnd, "STATE", "Công văn", null)))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(fixtures.as(LEADER, () -> documents.get(draft.id())).version())
                .isEqualTo(draft.version());
    }

    @Test
    void bad_input_is_refused_with_a_specific_message_before_anything_is_stored() {
        assertThat(catchProblem(() -> fixtures.as(
                                LEADER,
                                () -> documents.draft(
                                        ubnd,
                                        new Documents.Draft("CHINH_PHU", "KE_HOACH", "Kế hoạch", files("x")),
                                        null)))
                        .messageKey())
                .isEqualTo("document.error.family");
        assertThat(catchProblem(() -> fixtures.as(
                                LEADER,
                                () -> documents.draft(
                                        ubnd, new Documents.Draft("STATE", "KE_HOACH", "   ", files("x")), null)))
                        .messageKey())
                .isEqualTo("document.error.titleRequired");
        DocumentView draft = fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Tờ trình", null));
        LocalDate tomorrow = LocalDate.now(VietnameseDates.ZONE).plusDays(1);
        assertThat(catchProblem(() -> fixtures.as(
                                LEADER,
                                () -> documents.number(draft.id(), draft.version(), tomorrow, state(ubnd, series))))
                        .messageKey())
                .isEqualTo("document.error.issuedInFuture");
        DocumentView numbered = fixtures.as(
                LEADER,
                () -> documents.number(draft.id(), draft.version(), LocalDate.of(2026, 2, 9), state(ubnd, series)));
        byte[] renamed = "MZ\u0090 not a pdf".getBytes();
        assertThat(catchProblem(() -> fixtures.as(
                                LEADER,
                                () -> documents.uploadSigned(numbered.id(), numbered.version(), "ky.pdf", renamed)))
                        .messageKey())
                .isEqualTo("document.error.signedContent");
        assertThat(catchProblem(() -> fixtures.as(
                                LEADER,
                                () -> documents.uploadSigned(numbered.id(), numbered.version(), "ky.docx", renamed)))
                        .messageKey())
                .isEqualTo("document.error.signedType");
        assertThat(catchProblem(() ->
                                fixtures.as(LEADER, () -> documents.withdraw(numbered.id(), numbered.version(), " ")))
                        .messageKey())
                .isEqualTo("document.error.reasonRequired");
        DocumentView now = fixtures.as(LEADER, () -> documents.get(numbered.id()));
        assertThat(now.signedCopies()).isEmpty();
        assertThat(now.version()).isEqualTo(numbered.version());
    }

    private DocumentView numberedDraft(LocalDate day) {
        return fixtures.as(LEADER, () -> {
            DocumentView d = draftOf(documents, ubnd, "STATE", "Kế hoạch", null);
            return documents.number(d.id(), d.version(), day, state(ubnd, series));
        });
    }

    private void refusedUnchanged(DocumentView before, String key, Supplier<?> call) {
        ProblemException refused = catchProblem(() -> fixtures.as(LEADER, call));
        assertThat(refused.messageKey()).isEqualTo(key);
        DocumentView after = fixtures.as(LEADER, () -> documents.get(before.id()));
        assertThat(after.state()).isEqualTo(before.state());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.signedCopies()).hasSameSizeAs(before.signedCopies());
    }

    private static ProblemException catchProblem(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ProblemException.class);
        return (ProblemException) thrown;
    }
}
