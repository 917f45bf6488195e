package vn.ntm.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;
import vn.ntm.unit.Units;

/** The bodies screens: create, list, stale edits, people and positions, scope, bulk CSV in both modes. */
@NtmTest
class OrgPagesTest {

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

    @Autowired
    PeopleDirectory people;

    /** The page as the user reads it: HTML entities decoded, without the phone layout's column names and wrap points. */
    String page(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD))
                                .with(csrf()))
                        .andExpect(expected)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .replaceAll(" data-label=\"[^\"]*\"", "")
                .replace("<wbr>", "");
    }

    long unit(String code) {
        return system.run("test", () -> units.byCode(code, null).id());
    }

    List<BodyView> bodiesOf(long unitId) {
        return system.run("test", () -> bodies.list(unitId));
    }

    BodyView bodyNamed(long unitId, String name) {
        return bodiesOf(unitId).stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_province_officer_creates_a_body_through_the_form_and_sees_it_listed_with_its_type() throws Exception {
        long khetre = unit("20161");
        mvc.perform(post("/admin/bodies")
                        .param("unitId", String.valueOf(khetre))
                        .param("bodyType", "HOI_CUU_CHIEN_BINH_XA")
                        .param("name", "Hội Cựu chiến binh xã Khe Tre")
                        .param("reason", "Thiết lập")
                        .with(httpBasic("tinh.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/bodies?unit=" + khetre));
        BodyView stored = bodyNamed(khetre, "Hội Cựu chiến binh xã Khe Tre");
        assertThat(stored.bodyType()).isEqualTo("HOI_CUU_CHIEN_BINH_XA");
        assertThat(stored.active()).isTrue();
        String list = page(get("/admin/bodies").param("unit", String.valueOf(khetre)), "tinh.hue", status().isOk());
        assertThat(list)
                .contains(
                        "Cơ quan, đơn vị của Xã Khe Tre",
                        "Hội Cựu chiến binh xã Khe Tre",
                        "Ủy ban nhân dân xã Khe Tre",
                        "Lê Văn C (mẫu)",
                        "Chủ tịch UBND xã");
        assertThat(page(
                        get("/admin/bodies")
                                .param("unit", String.valueOf(khetre))
                                .param("lang", "en"),
                        "tinh.hue",
                        status().isOk()))
                .contains("Bodies of Xã Khe Tre", "Commune Veterans' Association");
        new Api(mvc).vietnamese("tinh.hue");
    }

    @Test
    void a_refused_body_shows_the_reason_next_to_the_name_and_keeps_what_was_typed() throws Exception {
        long khetre = unit("20161");
        String refused = page(
                post("/admin/bodies")
                        .param("unitId", String.valueOf(khetre))
                        .param("bodyType", "TRAM_Y_TE")
                        .param("name", "TRAM Y TE XA KHE TRE"),
                "admin",
                status().isOk());
        assertThat(refused)
                .contains(
                        "Đơn vị Xã Khe Tre đã có cơ quan \"Trạm Y tế xã Khe Tre\".", "value=\"TRAM Y TE XA KHE TRE\"");
        assertThat(bodiesOf(khetre)).extracting(BodyView::name).doesNotContain("TRAM Y TE XA KHE TRE");
    }

    @Test
    void a_save_with_a_stale_version_shows_the_concurrent_edit_message_and_keeps_what_was_typed() throws Exception {
        long talen = unit("03405");
        mvc.perform(post("/admin/bodies")
                        .param("unitId", String.valueOf(talen))
                        .param("bodyType", "HOI_NONG_DAN_XA")
                        .param("name", "Hội Nông dân")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = bodyNamed(talen, "Hội Nông dân").id();
        String edit = page(get("/admin/bodies/" + id + "/edit"), "admin", status().isOk());
        assertThat(edit).contains("name=\"version\" value=\"0\"");
        mvc.perform(post("/admin/bodies/" + id)
                        .param("version", "0")
                        .param("bodyType", "HOI_NONG_DAN_XA")
                        .param("name", "Hội Nông dân xã Tả Lèng")
                        .param("active", "true")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String stale = page(
                post("/admin/bodies/" + id)
                        .param("version", "0")
                        .param("bodyType", "HOI_NONG_DAN_XA")
                        .param("name", "Hội Nông dân (tên gõ sau)")
                        .param("active", "true"),
                "admin",
                status().isOk());
        assertThat(stale)
                .contains(
                        "Bản ghi đã được admin sửa ngày",
                        "Thay đổi của bạn chưa được lưu",
                        "value=\"Hội Nông dân (tên gõ sau)\"",
                        "Bản ghi đang lưu: \"Hội Nông dân xã Tả Lèng\"");
        assertThat(system.run("test", () -> bodies.get(id)).name()).isEqualTo("Hội Nông dân xã Tả Lèng");

        String deactivated =
                page(post("/admin/bodies/" + id + "/deactivate").param("version", "0"), "admin", status().isOk());
        assertThat(deactivated).contains("Bản ghi đã được admin sửa ngày");
        assertThat(system.run("test", () -> bodies.get(id)).active()).isTrue();
        mvc.perform(post("/admin/bodies/" + id + "/deactivate")
                        .param("version", "1")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(system.run("test", () -> bodies.get(id)).active()).isFalse();
    }

    @Test
    void a_person_is_added_with_a_position_listed_under_the_body_and_the_position_is_ended() throws Exception {
        long talen = unit("03405");
        long body = bodyNamed(talen, "Trạm Y tế xã Tả Lèng").id();
        String badDate = page(
                post("/admin/people")
                        .param("unitId", String.valueOf(talen))
                        .param("fullName", "Giàng Thị Mỷ (mẫu)")
                        .param("bodyId", String.valueOf(body))
                        .param("title", "Phó Trưởng Trạm")
                        .param("validFrom", "31/2/2026"),
                "admin",
                status().isOk());
        assertThat(badDate)
                .contains("Ngày \"31/2/2026\" không hợp lệ", "value=\"31/2/2026\"", "value=\"Giàng Thị Mỷ (mẫu)\"");
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Giàng Thị Mỷ (mẫu)'")
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post("/admin/people")
                        .param("unitId", String.valueOf(talen))
                        .param("fullName", "Giàng Thị Mỷ (mẫu)")
                        .param("bodyId", String.valueOf(body))
                        .param("title", "Phó Trưởng Trạm")
                        .param("validFrom", "1/1/2026")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        PersonView person = system.run("test", () -> people.list(talen)).stream()
                .filter(p -> p.fullName().equals("Giàng Thị Mỷ (mẫu)"))
                .findFirst()
                .orElseThrow();
        PositionView position = person.positions().get(0);
        assertThat(position.title()).isEqualTo("Phó Trưởng Trạm");
        assertThat(position.bodyId()).isEqualTo(body);
        assertThat(page(get("/admin/bodies").param("unit", String.valueOf(talen)), "admin", status().isOk()))
                .contains("Giàng Thị Mỷ (mẫu)", "Phó Trưởng Trạm", "từ 01/01/2026");

        mvc.perform(post("/admin/positions/" + position.id() + "/end")
                        .param("unitId", String.valueOf(talen))
                        .param("version", "0")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(system.run("test", () -> people.get(person.id()))
                        .positions()
                        .get(0)
                        .validTo())
                .isEqualTo(system.run("test", units::today));
        assertThat(page(get("/admin/bodies").param("unit", String.valueOf(talen)), "admin", status().isOk()))
                .doesNotContain("Phó Trưởng Trạm");
        assertThat(page(
                        post("/admin/positions/" + position.id() + "/end")
                                .param("unitId", String.valueOf(talen))
                                .param("version", "0")
                                .param("validTo", "1/2/2026"),
                        "admin",
                        status().isOk()))
                .contains("Bản ghi đã được admin sửa ngày");
    }

    @Test
    void a_province_officer_gets_the_403_page_for_the_bodies_of_another_provinces_unit() throws Exception {
        long talen = unit("03405");
        String refused =
                page(get("/admin/bodies").param("unit", String.valueOf(talen)), "tinh.hue", status().isForbidden());
        assertThat(refused)
                .contains("Không có quyền", "Dữ liệu này thuộc đơn vị ngoài phạm vi của bạn.")
                .doesNotContain("Ủy ban nhân dân xã Tả Lèng");
        page(
                post("/admin/bodies")
                        .param("unitId", String.valueOf(talen))
                        .param("bodyType", "HOI_PHU_NU_XA")
                        .param("name", "Hội Phụ nữ do tỉnh khác tạo"),
                "tinh.hue",
                status().isForbidden());
        assertThat(bodiesOf(talen)).extracting(BodyView::name).doesNotContain("Hội Phụ nữ do tỉnh khác tạo");
        page(get("/admin/bodies").param("unit", String.valueOf(talen)), "xa.talen", status().isForbidden());
    }

    @Test
    void the_unit_chooser_goes_to_the_unit_of_a_code_and_lists_only_units_in_scope() throws Exception {
        mvc.perform(get("/admin/bodies").param("q", "20161").with(httpBasic("tinh.hue", DemoUsers.PASSWORD)))
                .andExpect(redirectedUrl("/admin/bodies?unit=" + unit("20161")));
        assertThat(page(get("/admin/bodies"), "tinh.hue", status().isOk()))
                .contains("Thành phố Huế")
                .doesNotContain("Tỉnh Lai Châu");
    }

    @Test
    void a_bodies_csv_with_one_bad_row_in_all_or_nothing_mode_stores_nothing_and_shows_the_rows_reason()
            throws Exception {
        String result = upload(csv("Cẩm Trung A"), "ALL_OR_NOTHING");
        assertThat(result)
                .contains(
                        "Không nhập gì: 1 dòng có lỗi",
                        "Các dòng bị từ chối: 1",
                        "<td>3</td>",
                        "Không có loại cơ quan \"KHONG_CO\" trong danh mục.");
        assertThat(bodiesOf(unit("18742")))
                .extracting(BodyView::name)
                .doesNotContain("Hội Nông dân xã Cẩm Trung A", "Đoàn Thanh niên xã Cẩm Trung A");
    }

    @Test
    void the_same_csv_in_valid_rows_mode_stores_the_good_rows_and_reports_the_bad_one() throws Exception {
        String result = upload(csv("Cẩm Trung B"), "VALID_ROWS");
        assertThat(result)
                .contains(
                        "Đã nhập: 2 cơ quan, 1 người, 1 chức vụ mới.",
                        "<td>3</td>",
                        "Không có loại cơ quan \"KHONG_CO\" trong danh mục.");
        assertThat(bodiesOf(unit("18742")))
                .extracting(BodyView::name)
                .contains("Hội Nông dân xã Cẩm Trung B", "Đoàn Thanh niên xã Cẩm Trung B")
                .doesNotContain("Cơ quan không có loại Cẩm Trung B");
    }

    @Test
    void the_import_form_shows_the_expected_header_and_refuses_a_file_with_other_columns() throws Exception {
        assertThat(page(get("/admin/bodies/import"), "admin", status().isOk()))
                .contains(
                        "ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email",
                        "Tất cả hoặc không có gì",
                        "Nhập các dòng hợp lệ và báo cáo");
        String refused = upload("ma,ten\n18742,Gì đó\n", "ALL_OR_NOTHING");
        assertThat(refused).contains("Tệp có các cột \"ma,ten\" nhưng cần đúng các cột");
    }

    private static String csv(String suffix) {
        return "ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email\n"
                + "18742,HOI_NONG_DAN_XA,Hội Nông dân xã " + suffix + ",Nguyễn Văn Thử " + suffix + ",Chủ tịch Hội,\n"
                + "18742,KHONG_CO,Cơ quan không có loại " + suffix + ",,,\n"
                + "18742,DOAN_THANH_NIEN_XA,Đoàn Thanh niên xã " + suffix + ",,,\n";
    }

    private String upload(String content, String mode) throws Exception {
        return page(
                multipart("/admin/bodies/import")
                        .file(new MockMultipartFile(
                                "file", "co-quan.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                        .param("mode", mode),
                "admin",
                status().isOk());
    }
}
