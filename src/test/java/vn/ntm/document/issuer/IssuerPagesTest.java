package vn.ntm.document.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyForm;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/**
 * The issuer screen: defaults shown as such with what must be confirmed, a refused save keeping what was typed with
 * the reason next to its field, a save shown as saved with its history, the live header preview, read-only and
 * out-of-scope callers, and a Party body's terms: one added, an overlapping one refused with the reason.
 */
@NtmTest
class IssuerPagesTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String LEADER = "lanhdao.khetre";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SystemActor system;

    @Autowired
    BodyDirectory bodies;

    String page(MockHttpServletRequestBuilder request, String user, ResultMatcher expected) throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD)).with(csrf()))
                        .andExpect(expected)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    long body(String type, String name, Long parent) {
        long kheTre = DemoPlaces.KHE_TRE.id(jdbc);
        return system.run(
                "test",
                () -> bodies.create(new BodyForm(
                                kheTre,
                                null,
                                type,
                                name + " (trang " + NAMES.incrementAndGet() + ")",
                                parent,
                                null,
                                null,
                                null))
                        .id());
    }

    long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    @Test
    void the_defaults_show_as_such_and_a_refused_save_keeps_what_was_typed_next_to_the_reason() throws Exception {
        long division = body("PHONG_KINH_TE_XA", "Phòng Kinh tế xã Khe Tre", null);
        String shown = page(get("/documents/issuers/" + division), LEADER, status().isOk());
        assertThat(shown)
                .contains(
                        "Thể thức cơ quan ban hành: Phòng Kinh tế xã Khe Tre",
                        "Mặc định theo loại cơ quan (chưa lưu)",
                        "Cần xác nhận trước khi dùng:",
                        "ký hiệu cơ quan: chưa có nguồn xác minh",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Khe Tre, ngày ",
                        "Lưu thiết lập");
        try {
            assertThat(page(get("/documents/issuers/" + division).param("lang", "en"), LEADER, status().isOk()))
                    .contains("Issuer settings: Phòng Kinh tế xã Khe Tre", "Default of the body type (not saved)");
        } finally {
            // the language chosen is kept with the account: give it back for the tests that follow
            new Api(mvc).vietnamese(LEADER);
        }

        String refused = page(
                post("/documents/issuers/" + division)
                        .param("line1", "phòng kinh tế")
                        .param("symbol", "PKT")
                        .param("place", "Khe Tre"),
                LEADER,
                status().isOk());
        assertThat(refused)
                .contains(
                        "Dòng “phòng kinh tế” phải viết IN HOA (ví dụ ỦY BAN NHÂN DÂN).",
                        "value=\"phòng kinh tế\"",
                        "value=\"PKT\"");
        assertThat(count("select count(*) from document_issuer where body_id = ?", division))
                .isZero();
    }

    @Test
    void a_saved_issuer_shows_as_saved_with_its_history_and_an_older_form_is_refused() throws Exception {
        long division = body("PHONG_KINH_TE_XA", "Phòng Kinh tế xã Khe Tre", null);
        mvc.perform(post("/documents/issuers/" + division)
                        .param("superiorLine", "UBND XÃ KHE TRE")
                        .param("line1", "PHÒNG KINH TẾ")
                        .param("symbol", "PKT")
                        .param("place", "Khe Tre")
                        .param("seriesOwnerBodyId", String.valueOf(division))
                        .param("reason", "Theo quy chế")
                        .with(httpBasic(LEADER, DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/documents/issuers/" + division));
        String saved = page(get("/documents/issuers/" + division), LEADER, status().isOk());
        assertThat(saved)
                .contains("Đã lưu (phiên bản 0)", "Lưu thiết lập cơ quan ban hành lần đầu", "Theo quy chế")
                .doesNotContain("Cần xác nhận trước khi dùng:");
        String stale = page(
                post("/documents/issuers/" + division)
                        .param("line1", "PHÒNG KINH TẾ XÃ")
                        .param("symbol", "PKT")
                        .param("place", "Khe Tre"),
                LEADER,
                status().isOk());
        assertThat(stale).contains("sau khi bạn mở", "value=\"PHÒNG KINH TẾ XÃ\"");
        assertThat(jdbc.sql("select issuer_lines[1] from document_issuer where body_id = ?")
                        .param(division)
                        .query(String.class)
                        .single())
                .isEqualTo("PHÒNG KINH TẾ");
    }

    @Test
    void the_preview_prints_the_typed_lines_as_the_header_would() throws Exception {
        long dangUy = body("DANG_UY_XA", "Đảng ủy xã Khe Tre (thử)", null);
        String preview = page(
                get("/documents/issuers/" + dangUy + "/preview")
                        .param("superiorLine", "ĐẢNG BỘ THÀNH PHỐ HUẾ")
                        .param("line1", "ĐẢNG ỦY XÃ KHE TRE")
                        .param("symbol", "ĐU")
                        .param("place", "Khe Tre"),
                LEADER,
                status().isOk());
        assertThat(preview)
                .contains("ĐẢNG BỘ THÀNH PHỐ HUẾ", "ĐẢNG ỦY XÃ KHE TRE", "Số 01-KH/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM")
                .doesNotContain("<html");
    }

    @Test
    void an_officer_reads_without_a_form_and_is_refused_a_save_and_a_province_elsewhere_is_refused() throws Exception {
        long division = body("PHONG_KINH_TE_XA", "Phòng Kinh tế xã Khe Tre", null);
        assertThat(page(get("/documents/issuers/" + division), "xa.khetre", status().isOk()))
                .contains("Bạn chỉ được xem thiết lập này")
                .doesNotContain("Lưu thiết lập");
        page(
                post("/documents/issuers/" + division)
                        .param("line1", "PHÒNG KINH TẾ")
                        .param("symbol", "PKT")
                        .param("place", "Khe Tre"),
                "xa.khetre",
                status().isForbidden());
        page(get("/documents/issuers/" + division), "xem.laichau", status().isForbidden());
        assertThat(count("select count(*) from document_issuer where body_id = ?", division))
                .isZero();
    }

    @Test
    void a_party_term_is_added_and_an_overlapping_one_is_refused_with_the_reason() throws Exception {
        long dangUy = body("DANG_UY_XA", "Đảng ủy xã Khe Tre (nhiệm kỳ)", null);
        String empty = page(get("/documents/issuers/" + dangUy), LEADER, status().isOk());
        assertThat(empty).contains("Chưa khai báo nhiệm kỳ nào");
        mvc.perform(post("/documents/issuers/" + dangUy + "/terms")
                        .param("label", "Nhiệm kỳ 2025 - 2030")
                        .param("startsOn", "01/10/2025")
                        .with(httpBasic(LEADER, DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/documents/issuers/" + dangUy));
        String listed = page(get("/documents/issuers/" + dangUy), LEADER, status().isOk());
        assertThat(listed).contains("Nhiệm kỳ 2025 - 2030", "01/10/2025", "đang diễn ra");

        String overlapping = page(
                post("/documents/issuers/" + dangUy + "/terms")
                        .param("label", "Nhiệm kỳ thử")
                        .param("startsOn", "2026-01-01")
                        .param("endsOn", "2026-12-31"),
                LEADER,
                status().isOk());
        assertThat(overlapping).contains("trùng thời gian với \"Nhiệm kỳ 2025 - 2030\"", "value=\"Nhiệm kỳ thử\"");
        String badDay = page(
                post("/documents/issuers/" + dangUy + "/terms")
                        .param("label", "Nhiệm kỳ sau")
                        .param("startsOn", "31/02/2031"),
                LEADER,
                status().isOk());
        assertThat(badDay).contains("“31/02/2031” không phải ngày hợp lệ");
        assertThat(count("select count(*) from document_party_term where owner_body_id = ?", dangUy))
                .isEqualTo(1);
    }

    @Test
    void the_sample_page_is_rendered_and_checked_with_the_settings_and_refused_while_the_symbol_is_unconfirmed()
            throws Exception {
        long ubnd = jdbc.sql("select id from body where unit_id = ? and body_type = 'UBND_XA' order by id limit 1")
                .param(DemoPlaces.KHE_TRE.id(jdbc))
                .query(Long.class)
                .single();
        byte[] png = mvc.perform(
                        get("/documents/issuers/" + ubnd + "/page.png").with(httpBasic(LEADER, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(page.getWidth()).as("A4 at 96 dpi").isBetween(790, 798);
        assertThat(page.getHeight()).isBetween(1118, 1126);

        long office = body("VP_DANG_UY_XA", "Văn phòng Đảng ủy xã Khe Tre", null);
        assertThat(page(get("/documents/issuers/" + office), LEADER, status().isOk()))
                .doesNotContain("/page.png");
        page(get("/documents/issuers/" + office + "/page.png"), LEADER, status().isBadRequest());
    }
}
