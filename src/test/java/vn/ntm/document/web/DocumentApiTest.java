package vn.ntm.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.document.issue.DocumentFixtures;
import vn.ntm.document.layout.DocumentSamples;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;

/** The documents' JSON API: the same scope as the screens, the files of a revision, a specific refusal. */
@NtmTest
class DocumentApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Documents documents;

    Api api;
    DocumentView draft;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        DocumentFixtures fixtures = new DocumentFixtures(accounts, jdbc);
        long ubnd = fixtures.kheTreBody("UBND_XA");
        draft = fixtures.as(DocumentFixtures.LEADER, () -> documents.draft(ubnd, DocumentSamples.stateCongVan(), null));
    }

    @Test
    void the_commune_reads_its_document_and_its_revisions_while_another_province_sees_nothing_of_it() throws Exception {
        JsonNode list = api.call(
                get("/api/v1/documents").param("issuerBodyId", String.valueOf(draft.issuerBodyId())),
                DocumentFixtures.LEADER,
                status().isOk());
        assertThat(list.findValues("id").stream().map(JsonNode::asLong)).contains(draft.id());

        JsonNode one = api.call(get("/api/v1/documents/" + draft.id()), DocumentFixtures.LEADER, status().isOk());
        assertThat(one.path("state").asString()).isEqualTo("DRAFT");
        assertThat(one.path("kind").asString()).isEqualTo("CONG_VAN");
        assertThat(one.path("revisions").get(0).path("pdfSha256").asString()).hasSize(64);

        JsonNode history =
                api.call(get("/api/v1/documents/" + draft.id() + "/audit"), DocumentFixtures.LEADER, status().isOk());
        assertThat(history.get(0).path("action").asString()).isEqualTo("CREATE");

        JsonNode theirs = api.call(get("/api/v1/documents"), DocumentFixtures.VIEWER, status().isOk());
        assertThat(theirs.findValues("id").stream().map(JsonNode::asLong)).doesNotContain(draft.id());
        api.call(get("/api/v1/documents/" + draft.id()), DocumentFixtures.VIEWER, Api.problem(status().isForbidden()));
    }

    @Test
    void a_revision_comes_as_word_or_pdf_and_another_format_is_refused_by_name() throws Exception {
        MvcResult docx = mvc.perform(get("/api/v1/documents/" + draft.id() + "/revisions/1/file")
                        .param("format", "docx")
                        .with(httpBasic(DocumentFixtures.LEADER, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(docx.getResponse().getContentType()).contains("wordprocessingml");
        assertThat(docx.getResponse().getContentAsByteArray()).startsWith('P', 'K');
        MvcResult pdf = mvc.perform(get("/api/v1/documents/" + draft.id() + "/revisions/1/file")
                        .with(httpBasic(DocumentFixtures.LEADER, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

        JsonNode refused = api.call(
                get("/api/v1/documents/" + draft.id() + "/revisions/1/file").param("format", "odt"),
                DocumentFixtures.LEADER,
                Api.problem(status().isBadRequest()));
        Api.assertProblem(refused, "format", "Định dạng tệp \"odt\" không có: chỉ có pdf hoặc docx.");
    }
}
