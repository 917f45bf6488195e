package vn.ntm.document.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.document.issue.DocumentFixtures.LEADER;
import static vn.ntm.document.issue.DocumentFixtures.draftOf;
import static vn.ntm.document.issue.DocumentFixtures.files;
import static vn.ntm.document.issue.DocumentFixtures.state;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.testing.JdbcLog;
import vn.ntm.testing.NtmTest;

/**
 * Reading documents costs a fixed number of statements: one document is read in two (the document with its number
 * and generations, then its signed copies with their signing times), and a list of many in the same two, not a
 * round of queries per document or per copy. Counted from Spring JDBC's own log.
 */
@NtmTest
class DocumentQueriesTest {

    @Autowired
    Documents documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    DocumentFixtures fixtures;
    long ubnd;
    String series;

    @BeforeEach
    void setUp() {
        fixtures = new DocumentFixtures(accounts, jdbc);
        ubnd = fixtures.kheTreBody("UBND_XA");
        series = "Q" + System.nanoTime() % 1_000_000;
    }

    /** A numbered document with two generations and two signed copies, each stating two signing times. */
    private DocumentView signedTwice(LocalDate day) {
        return fixtures.as(LEADER, () -> {
            DocumentView d = draftOf(documents, ubnd, "STATE", "Kế hoạch " + series, null);
            d = documents.redraft(d.id(), d.version(), null, files("lần 2"));
            d = documents.number(d.id(), d.version(), day, state(ubnd, series));
            for (String time : List.of("2026-03-02T08:00:00+0700", "2026-03-03T09:30:00+0700")) {
                byte[] pdf = DocumentFixtures.pdf(
                        DocumentFixtures.page(d.display(), day, time),
                        new DocumentFixtures.Signed(
                                "Hồ Thị Hằng",
                                "Ban hành",
                                "Khe Tre",
                                OffsetDateTime.parse("2026-03-02T07:00:00+07:00")));
                d = documents.uploadSigned(d.id(), d.version(), "ky.pdf", pdf);
            }
            return d;
        });
    }

    /** The statements a read runs, signed in already (the sign-in's own look-up is not the read's). */
    private <T> List<String> statements(Supplier<T> read) {
        List<String> statements = fixtures.as(LEADER, () -> {
            try (JdbcLog log = JdbcLog.record()) {
                read.get();
                return log.statements();
            }
        });
        statements.forEach(s -> System.out.println("SQL " + s.replaceAll("\\s+", " ")));
        return statements;
    }

    @Test
    void one_document_is_read_in_two_statements_with_all_it_holds() {
        DocumentView written = signedTwice(LocalDate.of(2026, 3, 2));
        DocumentView read = fixtures.as(LEADER, () -> documents.get(written.id()));
        assertThat(read).isEqualTo(written);
        assertThat(read.revisions()).extracting(DocumentView.Revision::revision).containsExactly(1, 2);
        assertThat(read.signedCopies()).hasSize(2);
        assertThat(read.signedCopies())
                .allSatisfy(c -> assertThat(c.signingTimes()).hasSize(2));
        assertThat(read.signedCopies().get(1).signingTimes().get(1).statedText())
                .as("each copy keeps its own times")
                .isEqualTo("2026-03-03T09:30:00+0700");
        assertThat(read.number()).isEqualTo(1);
        assertThat(read.createdBy()).isEqualTo(LEADER);

        assertThat(statements(() -> documents.get(written.id()))).hasSize(2);
    }

    @Test
    void a_list_of_many_documents_is_read_in_the_same_two_statements() {
        DocumentView first = signedTwice(LocalDate.of(2026, 3, 2));
        DocumentView second = signedTwice(LocalDate.of(2026, 3, 3));
        DocumentView plain = fixtures.as(LEADER, () -> draftOf(documents, ubnd, "STATE", "Thông báo", null));

        List<DocumentView> listed = fixtures.as(LEADER, () -> documents.list(ubnd, null, null));
        assertThat(listed).hasSizeGreaterThanOrEqualTo(3);
        assertThat(listed.subList(0, 3))
                .as("newest first, each as get reads it")
                .containsExactly(
                        fixtures.as(LEADER, () -> documents.get(plain.id())),
                        fixtures.as(LEADER, () -> documents.get(second.id())),
                        fixtures.as(LEADER, () -> documents.get(first.id())));
        assertThat(listed.get(0).signedCopies()).isEmpty();
        assertThat(listed.get(0).revisions()).hasSize(1);

        assertThat(statements(() -> documents.list(ubnd, null, null)))
                .as("%d documents, two statements", listed.size())
                .hasSize(2);
        assertThat(fixtures.as(LEADER, () -> documents.list(ubnd, DocumentState.ISSUED, 2026)))
                .extracting(DocumentView::id)
                .contains(first.id(), second.id())
                .doesNotContain(plain.id());
    }
}
