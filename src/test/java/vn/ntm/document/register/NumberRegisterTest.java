package vn.ntm.document.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ntm.document.issue.DocumentFixtures.LEADER;
import static vn.ntm.document.issue.DocumentFixtures.draftOf;
import static vn.ntm.document.issue.DocumentFixtures.party;
import static vn.ntm.document.issue.DocumentFixtures.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.document.RegisterLine;
import vn.ntm.document.issue.DocumentFixtures;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.testing.NtmTest;

/**
 * The register on real PostgreSQL, through the service: numbers from 1 in each series, taken when a document is
 * numbered (never when drafted), consecutive and distinct under concurrent issuers, in the order of issue dates,
 * per body and year for a state body and per type and term for a Party body, and never changed or removed.
 */
@NtmTest
class NumberRegisterTest {

    @Autowired
    Documents documents;

    @Autowired
    PartyTerms terms;

    @Autowired
    NumberRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UserDetailsService accounts;

    DocumentFixtures fixtures;
    long ubnd;
    long dangUy;
    /** A series class of this test alone, so tests sharing the demo database never share a series. */
    String series;

    private static final AtomicInteger SERIES = new AtomicInteger();

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(accounts, jdbc);
        ubnd = fixtures.kheTreBody("UBND_XA");
        dangUy = fixtures.kheTreBody("DANG_UY_XA");
        series = "R" + System.nanoTime() % 1_000_000 + "-" + SERIES.incrementAndGet();
    }

    @Test
    void two_issuers_numbering_fifty_documents_each_in_one_series_take_the_numbers_1_to_100_each_once()
            throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<DocumentView> drafts = fixtures.as(
                LEADER,
                () -> IntStream.range(0, 100)
                        .mapToObj(i -> draftOf(documents, ubnd, "STATE", "Kế hoạch " + i, null))
                        .toList());
        assertThat(drafts)
                .allSatisfy(
                        d -> assertThat(d.number()).as("no number at drafting").isNull());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> issuers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            List<DocumentView> share = drafts.subList(t * 50, t * 50 + 50);
            issuers.add(pool.submit(() -> {
                start.await();
                List<Integer> taken = new ArrayList<>();
                for (DocumentView d : share) {
                    taken.add(fixtures.as(LEADER, () -> documents.number(d.id(), d.version(), day, state(ubnd, series)))
                            .number());
                }
                return taken;
            }));
        }
        start.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> issuer : issuers) {
            all.addAll(issuer.get());
        }
        pool.shutdown();

        assertThat(all).hasSize(100).doesNotHaveDuplicates();
        assertThat(all.stream().sorted().toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
        List<RegisterLine> entries = register.entries(SeriesKey.state(ubnd, series, day));
        assertThat(entries)
                .extracting(RegisterLine::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(entries.get(0).display()).isEqualTo("Số: 01/KH-UBND");
        assertThat(entries.get(99).display()).isEqualTo("Số: 100/KH-UBND");
        assertThat(entries)
                .extracting(RegisterLine::documentId)
                .containsExactlyInAnyOrderElementsOf(
                        drafts.stream().map(DocumentView::id).toList());
    }

    @Test
    void an_open_numbering_holds_back_its_own_series_only_until_it_commits() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 3);
        String other = series + "B";
        List<DocumentView> drafts = fixtures.as(
                LEADER,
                () -> IntStream.range(0, 3)
                        .mapToObj(i -> draftOf(documents, ubnd, "STATE", "Quyết định " + i, null))
                        .toList());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch numberedInside = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try {
            Future<Integer> open = pool.submit(() -> fixtures.as(
                    LEADER,
                    () -> tx.execute(status -> {
                        int n = number(drafts.get(0), day, series);
                        numberedInside.countDown();
                        await(commit);
                        return n;
                    })));
            assertThat(numberedInside.await(30, TimeUnit.SECONDS)).isTrue();

            Future<Integer> sameSeries =
                    pool.submit(() -> fixtures.as(LEADER, () -> number(drafts.get(1), day, series)));
            Future<Integer> otherSeries =
                    pool.submit(() -> fixtures.as(LEADER, () -> number(drafts.get(2), day, other)));
            assertThat(otherSeries.get(30, TimeUnit.SECONDS))
                    .as("another series of the same body does not wait for the open transaction")
                    .isEqualTo(1);
            assertThatThrownBy(() -> sameSeries.get(1, TimeUnit.SECONDS))
                    .as("the same series waits on its row lock")
                    .isInstanceOf(TimeoutException.class);

            commit.countDown();
            assertThat(open.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(sameSeries.get(30, TimeUnit.SECONDS))
                    .as("then gets the next number")
                    .isEqualTo(2);
        } finally {
            commit.countDown();
            pool.shutdown();
        }
    }

    private int number(DocumentView draft, LocalDate day, String seriesClass) {
        return documents
                .number(draft.id(), draft.version(), day, state(ubnd, seriesClass))
                .number();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_state_series_restarts_at_1_each_calendar_year_and_follows_the_order_of_issue_dates() {
        DocumentView a = numbered("STATE", LocalDate.of(2025, 12, 31));
        DocumentView b = numbered("STATE", LocalDate.of(2026, 1, 5));
        DocumentView c = numbered("STATE", LocalDate.of(2026, 1, 5));
        assertThat(List.of(a.number(), b.number(), c.number())).containsExactly(1, 1, 2);
        assertThat(c.display()).isEqualTo("Số: 02/KH-UBND");

        DocumentView late = fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Kế hoạch muộn", null));
        assertThatThrownBy(() -> fixtures.as(
                        LEADER,
                        () -> documents.number(
                                late.id(), late.version(), LocalDate.of(2026, 1, 4), state(ubnd, series))))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((ProblemException) e).messageKey())
                .isEqualTo("document.error.issuedBeforeLast");
        DocumentView unchanged = fixtures.as(LEADER, () -> documents.get(late.id()));
        assertThat(unchanged.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(unchanged.version()).isEqualTo(late.version());

        DocumentView next = numbered("STATE", LocalDate.of(2026, 1, 6));
        assertThat(next.number()).as("a refused numbering took nothing: no gap").isEqualTo(3);
    }

    @Test
    void a_party_series_runs_per_type_within_a_term_across_calendar_years_and_restarts_with_the_next_term() {
        // the demo's Đảng ủy has its term 2025–2030 already (demo.DemoDocuments); the term before ends the day before
        PartyTerm current = fixtures.as(LEADER, () -> terms.list(dangUy)).stream()
                .filter(t -> t.endsOn() == null)
                .findFirst()
                .orElseThrow();
        assertThat(current.label()).isEqualTo("Nhiệm kỳ 2025 - 2030");
        LocalDate lastOfEarlier = current.startsOn().minusDays(1);
        fixtures.as(LEADER, () -> terms.add(dangUy, "Nhiệm kỳ 2020 - 2025", LocalDate.of(2020, 8, 1), lastOfEarlier));

        assertThat(numbered("PARTY", LocalDate.of(2025, 9, 22)).display()).isEqualTo("Số 01-" + series + "/ĐU");
        assertThat(numbered("PARTY", LocalDate.of(2026, 3, 30)).number())
                .as("the term's series does not restart on 1 January")
                .isEqualTo(2);
        String otherType = series + "C";
        DocumentView cv = fixtures.as(LEADER, () -> {
            DocumentView d = draftOf(documents, ubnd, "PARTY", "Công văn", null);
            return documents.number(d.id(), d.version(), LocalDate.of(2026, 3, 30), party(dangUy, otherType));
        });
        assertThat(cv.number()).as("another type, another series").isEqualTo(1);
        assertThat(numbered("PARTY", lastOfEarlier).number())
                .as("the earlier term has a series of its own")
                .isEqualTo(1);
    }

    @Test
    void a_party_document_on_a_day_no_term_covers_is_refused_and_takes_no_number() {
        DocumentView d = fixtures.as(LEADER, () -> draftOf(documents, ubnd, "PARTY", "Nghị quyết", null));
        long body = fixtures.kheTreBody("MTTQ_XA");
        assertThatThrownBy(() -> fixtures.as(
                        LEADER,
                        () -> documents.number(d.id(), d.version(), LocalDate.of(2026, 2, 1), party(body, series))))
                .isInstanceOf(BadInputException.class)
                .extracting(e -> ((ProblemException) e).messageKey())
                .isEqualTo("document.error.noTerm");
        assertThat(register.of(d.id())).isEmpty();
    }

    @Test
    void overlapping_terms_of_one_party_committee_are_refused() {
        long body = fixtures.kheTreBody("MTTQ_XA");
        String label = "NK " + series;
        fixtures.as(LEADER, () -> terms.add(body, label, LocalDate.of(2000, 1, 1), LocalDate.of(2004, 12, 31)));
        assertThatThrownBy(() ->
                        fixtures.as(LEADER, () -> terms.add(body, label + "b", LocalDate.of(2004, 6, 1), null)))
                .extracting(e -> ((ProblemException) e).messageKey())
                .isEqualTo("document.error.termOverlaps");
    }

    @Test
    void a_number_taken_is_never_changed_nor_removed_not_even_after_a_withdrawal() {
        DocumentView d = numbered("STATE", LocalDate.of(2026, 4, 1));
        DocumentView withdrawn = fixtures.as(
                LEADER, () -> documents.withdraw(d.id(), d.version(), "Sai nội dung, ban hành văn bản khác"));
        assertThat(withdrawn.state()).isEqualTo(DocumentState.WITHDRAWN);
        assertThat(withdrawn.display()).isEqualTo(d.display());

        assertThatThrownBy(() -> jdbc.sql("update document_number set number = 99 where document_id = ?")
                        .param(d.id())
                        .update())
                .hasMessageContaining("document_number");
        assertThatThrownBy(() -> jdbc.sql("delete from document_number where document_id = ?")
                        .param(d.id())
                        .update())
                .hasMessageContaining("document_number");
        assertThat(register.of(d.id()))
                .hasValueSatisfying(n -> assertThat(n.number()).isEqualTo(d.number()));

        DocumentView next = numbered("STATE", LocalDate.of(2026, 4, 2));
        assertThat(next.number())
                .as("the withdrawn document's number is not given again")
                .isEqualTo(d.number() + 1);
    }

    @Test
    void the_register_of_a_series_lists_its_numbers_for_those_who_may_read_the_body_only() {
        DocumentView first = numbered("STATE", LocalDate.of(2024, 5, 2));
        DocumentView second = numbered("STATE", LocalDate.of(2024, 5, 3));
        List<RegisterLine> lines =
                fixtures.as(LEADER, () -> documents.register(ubnd, "STATE", series, LocalDate.of(2024, 12, 31)));
        assertThat(lines)
                .extracting(RegisterLine::number, RegisterLine::documentId)
                .containsExactly(tuple(1, first.id()), tuple(2, second.id()));
        assertThat(lines.get(0).takenBy()).isEqualTo(LEADER);
        assertThat(fixtures.as(LEADER, () -> documents.register(ubnd, "STATE", series, LocalDate.of(2025, 1, 1))))
                .as("another year, another series")
                .isEmpty();
        assertThatThrownBy(() -> fixtures.as(
                        DocumentFixtures.OTHER_COMMUNE,
                        () -> documents.register(ubnd, "STATE", series, LocalDate.of(2024, 12, 31))))
                .isInstanceOf(OutOfScopeException.class);
    }

    private DocumentView numbered(String family, LocalDate day) {
        return fixtures.as(LEADER, () -> {
            DocumentView d = draftOf(documents, ubnd, family, "Văn bản " + day, null);
            Documents.Numbering numbering = "PARTY".equals(family) ? party(dangUy, series) : state(ubnd, series);
            return documents.number(d.id(), d.version(), day, numbering);
        });
    }
}
