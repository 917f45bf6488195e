package vn.ntm.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.access.DemoUsers;
import vn.ntm.document.issue.DocumentFixtures;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.VietnameseDates;

/**
 * The documents screens on the demo data, as the commune leader of Khe Tre: a công văn composed by hand becomes a
 * checked draft with its pages as images; a content that breaks a layout rule comes back with the rule's Vietnamese
 * name and the form as typed, storing nothing; numbering refuses a stale version and then takes the number; the
 * signed copy's hash and stated signing time (in Vietnam's time) are shown; the register lists the number.
 */
@NtmTest
class DocumentPagesTest {

    static final String LEADER = DocumentFixtures.LEADER;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    long ubnd;
    long dangUy;

    @BeforeEach
    void setUp() {
        DocumentFixtures fixtures = new DocumentFixtures(accounts, jdbc);
        ubnd = fixtures.kheTreBody("UBND_XA");
        dangUy = fixtures.kheTreBody("DANG_UY_XA");
    }

    MvcResult send(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD)).with(csrf()))
                .andExpect(expected)
                .andReturn();
    }

    String page(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return HtmlUtils.htmlUnescape(
                        send(request, user, expected).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .replaceAll(" data-label=\"[^\"]*\"", "");
    }

    /** The compose form of a state công văn of the UBND, with a title that names it in the database. */
    AbstractMockHttpServletRequestBuilder<?> congVan(long body, String title, String authority) {
        return post("/documents")
                .param("issuerBodyId", String.valueOf(body))
                .param("kind", "CONG_VAN")
                .param("title", title)
                .param("recipients", "Các cơ quan, đơn vị xã\nCác thôn")
                .param("body", """
                        Để nâng cao chất lượng các tiêu chí nông thôn mới, Ủy ban nhân dân xã yêu cầu:
                        1. Các thôn
                        - Rà soát các tiêu chí chưa đạt;
                        - Báo cáo kết quả trước ngày 30/12.
                        Đề nghị các đơn vị nghiêm túc thực hiện./.""")
                .param("distribution", "TT Đảng ủy xã\nChủ tịch, PCT UBND xã")
                .param("draftingUnit", "VP")
                .param("authority", authority)
                .param("signerTitle", "Chủ tịch")
                .param("position", "Phó Chủ tịch")
                .param("signerName", "Hồ Văn Thử");
    }

    long documentTitled(String title) {
        return jdbc.sql("select id from document where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    int documentsTitled(String title) {
        return jdbc.sql("select count(*) from document where title = ?")
                .param(title)
                .query(Integer.class)
                .single();
    }

    int version(long id) {
        return jdbc.sql("select version from document where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void a_cong_van_composed_by_hand_is_a_draft_whose_pages_are_images_and_the_list_says_it_in_words()
            throws Exception {
        String title = "rà soát tiêu chí nông thôn mới " + System.nanoTime();
        MvcResult created = send(congVan(ubnd, title, "KT"), LEADER, status().is3xxRedirection());
        long id = documentTitled(title);
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/documents/" + id);

        String detail = page(get("/documents/" + id), LEADER, status().isOk());
        assertThat(detail)
                .contains("Công văn: " + title)
                .contains("Dự thảo")
                .contains("Chưa cấp số")
                .contains("/documents/" + id + "/revisions/1/pages/1.png")
                .contains("/documents/" + id + "/revisions/1.docx")
                .contains("Cấp số và ngày ban hành")
                .contains(VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE)))
                .contains("Tạo dự thảo văn bản")
                .doesNotContain("CONG_VAN")
                .doesNotContain("<iframe");

        MvcResult png = send(get("/documents/" + id + "/revisions/1/pages/1.png"), LEADER, status().isOk());
        assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
        byte[] image = png.getResponse().getContentAsByteArray();
        assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        send(get("/documents/" + id + "/revisions/1/pages/99.png"), LEADER, status().isNotFound());

        String list = page(get("/documents").param("kind", "CONG_VAN"), LEADER, status().isOk());
        assertThat(list).contains(title).contains("Công văn").contains("Dự thảo");
        String rows =
                page(get("/documents").param("state", "ISSUED").header("HX-Request", "true"), LEADER, status().isOk());
        assertThat(rows).doesNotContain(title).doesNotContain("<html");
    }

    @Test
    void a_broken_layout_rule_is_shown_by_its_vietnamese_name_with_the_form_as_typed_and_nothing_is_stored()
            throws Exception {
        String title = "văn bản Đảng ký KT " + System.nanoTime();
        // KT. is a state body's authority: a Party committee signs T/M (document-layout.md §6)
        String shown = page(congVan(dangUy, title, "KT"), LEADER, status().isOk());

        assertThat(shown)
                .contains("Văn bản chưa đúng thể thức")
                .contains("Quyền hạn, chức vụ, họ tên người ký")
                .contains("value=\"" + title + "\"")
                .contains("Hồ Văn Thử");
        assertThat(documentsTitled(title)).isZero();
    }

    @Test
    void fields_left_empty_are_each_named_and_nothing_is_stored() throws Exception {
        String shown = page(
                post("/documents")
                        .param("issuerBodyId", String.valueOf(ubnd))
                        .param("kind", "KE_HOACH")
                        .param("title", "")
                        .param("body", " \n"),
                LEADER,
                status().isOk());

        assertThat(shown)
                .contains("Văn bản phải có trích yếu (tiêu đề).")
                .contains("Hãy nhập nội dung văn bản.")
                .contains("Hãy ghi họ tên người ký hoặc chọn người ký.");
    }

    @Test
    void numbering_refuses_a_stale_version_then_takes_the_number_and_the_signed_copy_shows_its_hash_and_time()
            throws Exception {
        String title = "báo cáo tiến độ " + System.nanoTime();
        send(congVan(ubnd, title, "KT"), LEADER, status().is3xxRedirection());
        long id = documentTitled(title);
        int version = version(id);
        String today = VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE));

        String stale = page(
                post("/documents/" + id + "/number")
                        .param("version", String.valueOf(version + 1))
                        .param("issuedOn", today),
                LEADER,
                status().isOk());
        assertThat(stale).contains("Thay đổi của bạn chưa được lưu").contains("Dự thảo");
        assertThat(version(id)).isEqualTo(version);

        String badDate = page(
                post("/documents/" + id + "/number")
                        .param("version", String.valueOf(version))
                        .param("issuedOn", "31/02/2026"),
                LEADER,
                status().isOk());
        assertThat(badDate).contains("value=\"31/02/2026\"").contains("class=\"error\"");

        send(
                post("/documents/" + id + "/number")
                        .param("version", String.valueOf(version))
                        .param("issuedOn", today),
                LEADER,
                status().is3xxRedirection());
        String display = jdbc.sql("select display from document_number where document_id = ?")
                .param(id)
                .query(String.class)
                .single();
        String numbered = page(get("/documents/" + id), LEADER, status().isOk());
        assertThat(numbered).contains(display).contains("Đã cấp số, chờ bản ký").contains("Tải lên bản đã ký");
        assertThat(page(get("/documents/register").param("body", String.valueOf(ubnd)), LEADER, status().isOk()))
                .contains(display)
                .contains(title);

        OffsetDateTime signedAt = OffsetDateTime.of(2026, 1, 5, 2, 30, 0, 0, ZoneOffset.UTC);
        byte[] pdf = DocumentFixtures.pdf(
                DocumentFixtures.page(display, LocalDate.now(VietnameseDates.ZONE), "2026-01-05T09:30:00+07:00"),
                new DocumentFixtures.Signed("Hồ Văn Thử", "Ký duyệt", "Khe Tre", signedAt));
        send(
                multipart("/documents/" + id + "/signed")
                        .file(new MockMultipartFile("file", "ban-ky.pdf", "application/pdf", pdf))
                        .param("version", String.valueOf(version(id))),
                LEADER,
                status().is3xxRedirection());
        String sha = jdbc.sql("select sha256 from document_signed_copy where document_id = ?")
                .param(id)
                .query(String.class)
                .single();
        String issued = page(get("/documents/" + id), LEADER, status().isOk());
        assertThat(issued)
                .contains(sha)
                .contains("05/01/2026 09:30")
                .contains("2026-01-05T09:30:00+07:00")
                .contains("Chữ ký số chưa được kiểm tra.");
    }

    @Test
    void a_scan_without_text_waits_for_confirmation_and_a_withdrawal_needs_its_reason() throws Exception {
        String title = "thông báo quét " + System.nanoTime();
        send(congVan(ubnd, title, "KT"), LEADER, status().is3xxRedirection());
        long id = documentTitled(title);
        String today = VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE));
        send(
                post("/documents/" + id + "/number")
                        .param("version", String.valueOf(version(id)))
                        .param("issuedOn", today),
                LEADER,
                status().is3xxRedirection());
        send(
                multipart("/documents/" + id + "/signed")
                        .file(new MockMultipartFile(
                                "file", "ban-quet.pdf", "application/pdf", DocumentFixtures.pdf(List.of(), null)))
                        .param("version", String.valueOf(version(id))),
                LEADER,
                status().is3xxRedirection());

        String waiting = page(get("/documents/" + id), LEADER, status().isOk());
        assertThat(waiting)
                .contains("chờ xác nhận")
                .contains("Bản ký không có chữ để đối chiếu số và ngày với sổ đăng ký")
                .contains("Xác nhận bản này là bản ban hành")
                .contains("Đã cấp số, chờ bản ký");
        long copy = jdbc.sql("select id from document_signed_copy where document_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        send(
                post("/documents/" + id + "/signed/" + copy + "/confirm").param("version", String.valueOf(version(id))),
                LEADER,
                status().is3xxRedirection());
        assertThat(page(get("/documents/" + id), LEADER, status().isOk()))
                .contains("Đã ban hành")
                .contains("đã xác nhận");

        String noReason = page(
                post("/documents/" + id + "/withdraw")
                        .param("version", String.valueOf(version(id)))
                        .param("reason", " "),
                LEADER,
                status().isOk());
        assertThat(noReason).contains("Hãy ghi lý do thu hồi văn bản.");
        send(
                post("/documents/" + id + "/withdraw")
                        .param("version", String.valueOf(version(id)))
                        .param("reason", "Ban hành nhầm đối tượng"),
                LEADER,
                status().is3xxRedirection());
        assertThat(page(get("/documents/" + id), LEADER, status().isOk()))
                .contains("Đã thu hồi")
                .contains("Ban hành nhầm đối tượng")
                .doesNotContain("id=\"withdraw-form\"");
    }

    @Test
    void a_commune_officer_without_a_body_of_their_own_is_offered_no_numbering_but_may_discard_the_draft()
            throws Exception {
        String title = "kế hoạch của văn phòng " + System.nanoTime();
        send(congVan(ubnd, title, "KT"), DocumentFixtures.OFFICER, status().is3xxRedirection());
        long id = documentTitled(title);

        String shown = page(get("/documents/" + id), DocumentFixtures.OFFICER, status().isOk());
        assertThat(shown).doesNotContain("id=\"number-form\"").contains("id=\"discard-form\"");
        send(
                post("/documents/" + id + "/number")
                        .param("version", String.valueOf(version(id)))
                        .param("issuedOn", VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE))),
                DocumentFixtures.OFFICER,
                status().isForbidden());
        assertThat(jdbc.sql("select state from document where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
    }

    @Test
    void someone_outside_the_commune_cannot_open_its_document() throws Exception {
        String title = "thông báo trong xã " + System.nanoTime();
        send(congVan(ubnd, title, "KT"), LEADER, status().is3xxRedirection());
        long id = documentTitled(title);

        send(get("/documents/" + id), DocumentFixtures.VIEWER, status().isForbidden());
        send(get("/documents/" + id + "/revisions/1/pages/1.png"), DocumentFixtures.VIEWER, status().isForbidden());
        assertThat(page(get("/documents"), DocumentFixtures.VIEWER, status().isOk()))
                .doesNotContain(title);
    }
}
