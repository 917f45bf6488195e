package vn.ntm.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;
import vn.ntm.unit.Units;

/**
 * The position code on the bodies screen: the holder form offers the signing positions of each type of the unit's
 * bodies, a chosen code is stored with the position (its name as the title when none is typed), and a code of
 * another body type is refused in Vietnamese with nothing stored and the choice kept.
 */
@NtmTest
class PositionCodeOnScreenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SystemActor system;

    @Autowired
    Units units;

    @Autowired
    BodyDirectory bodies;

    String page(AbstractMockHttpServletRequestBuilder<?> request, ResultMatcher expected) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(
                        request.with(httpBasic("tinh.hue", DemoUsers.PASSWORD)).with(csrf()))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    long khetre() {
        return system.run("test", () -> units.byCode("20161", null).id());
    }

    /** The options of the position select, by group label. */
    static String select(String html) {
        int start = html.indexOf("<select id=\"positionCode\"");
        assertThat(start).as("the position select").isPositive();
        return html.substring(start, html.indexOf("</select>", start));
    }

    @Test
    void the_holder_form_offers_the_signing_positions_grouped_by_the_types_of_the_units_bodies() throws Exception {
        String vi = select(page(get("/admin/bodies").param("unit", String.valueOf(khetre())), status().isOk()));
        assertThat(vi)
                .contains(
                        "— Không chọn —",
                        "<optgroup label=\"Đảng ủy xã\">",
                        "<option value=\"BI_THU\">Bí thư</option>",
                        "<option value=\"PHO_BI_THU_THUONG_TRUC\">Phó Bí thư Thường trực</option>",
                        "<optgroup label=\"Ủy ban nhân dân xã\">",
                        "<option value=\"PHO_CHU_TICH\">Phó Chủ tịch</option>")
                .as("a position that does not sign, and one of a body type the unit has none of")
                .doesNotContain("VAN_THU", "UY_VIEN_BAN_CHAP_HANH", "GIAM_DOC");
        assertThat(vi.indexOf("Đảng ủy xã")).as("in the order of the type list").isLessThan(vi.indexOf("Ủy ban"));
        String en = select(page(
                get("/admin/bodies").param("unit", String.valueOf(khetre())).param("lang", "en"), status().isOk()));
        assertThat(en).contains("— None —", "<optgroup label=\"Commune People's Committee\">", ">Vice-chairperson<");
        new Api(mvc).vietnamese("tinh.hue");
    }

    @Test
    void choosing_a_body_narrows_the_select_to_the_positions_of_its_type() throws Exception {
        long unit = khetre();
        long ubnd = system.run("test", () -> bodies.list(unit)).stream()
                .filter(b -> b.bodyType().equals("UBND_XA"))
                .findFirst()
                .orElseThrow()
                .id();
        String page = page(get("/admin/bodies").param("unit", String.valueOf(unit)), status().isOk());
        assertThat(page).contains("hx-get=\"/admin/bodies/position-choices\"", "hx-target=\"#positionCode\"");
        String narrowed = page(
                get("/admin/bodies/position-choices")
                        .param("unitId", String.valueOf(unit))
                        .param("bodyId", String.valueOf(ubnd)),
                status().isOk());
        assertThat(narrowed)
                .contains("— Không chọn —", "<optgroup label=\"Ủy ban nhân dân xã\">", "value=\"PHO_CHU_TICH\"")
                .doesNotContain("BI_THU", "<select", "<html");
        assertThat(page(
                        get("/admin/bodies/position-choices")
                                .param("unitId", String.valueOf(unit))
                                .param("bodyId", ""),
                        status().isOk()))
                .as("no body chosen: every group again")
                .contains("value=\"BI_THU\"", "value=\"PHO_CHU_TICH\"");
    }

    @Test
    void a_chosen_code_is_stored_with_its_name_as_title_and_a_code_of_another_body_type_is_refused() throws Exception {
        long unit = khetre();
        String name = "Hội Nông dân xã Khe Tre (mã chức vụ " + System.nanoTime() % 100_000 + ")";
        page(
                post("/admin/bodies")
                        .param("unitId", String.valueOf(unit))
                        .param("bodyType", "HOI_NONG_DAN_XA")
                        .param("name", name),
                status().is3xxRedirection());
        long body = system.run("test", () -> bodies.list(unit)).stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();

        String refused = page(
                post("/admin/people")
                        .param("unitId", String.valueOf(unit))
                        .param("fullName", "Hà Văn Mã (thử)")
                        .param("bodyId", String.valueOf(body))
                        .param("positionCode", "BI_THU")
                        .param("title", ""),
                status().isOk());
        assertThat(refused)
                .contains("Chức vụ \"Bí thư\" không có trong loại cơ quan \"Hội Nông dân xã\".")
                .contains("value=\"Hà Văn Mã (thử)\"");
        assertThat(select(refused)).contains("<option value=\"BI_THU\" selected=\"selected\">Bí thư</option>");
        assertThat(positionsOf(body)).isEmpty();

        page(
                post("/admin/people")
                        .param("unitId", String.valueOf(unit))
                        .param("fullName", "Hà Văn Mã (thử)")
                        .param("bodyId", String.valueOf(body))
                        .param("positionCode", "PHO_CHU_TICH")
                        .param("title", ""),
                status().is3xxRedirection());
        assertThat(positionsOf(body)).containsExactly(Map.of("position_code", "PHO_CHU_TICH", "title", "Phó Chủ tịch"));
    }

    private List<Map<String, Object>> positionsOf(long body) {
        return jdbc.sql("select position_code, title from person_position where body_id = ?")
                .param(body)
                .query()
                .listOfRows();
    }
}
