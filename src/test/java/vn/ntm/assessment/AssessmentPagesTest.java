package vn.ntm.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;

/** The year page, the entry form with evidence and audit trail, in both languages, within scope. */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=assessment_pages")
class AssessmentPagesTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long thuongLo() throws Exception {
        return new Api(mvc).unitId(DemoPlaces.THUONG_LO);
    }

    String page(String url, String user, String lang) throws Exception {
        return new Api(mvc).page(url, user, lang);
    }

    @Test
    void the_year_page_shows_the_standing_the_unmet_indicators_and_the_grid_in_both_languages() throws Exception {
        String url = "/assessments/" + thuongLo() + "/" + SET + "/2024";
        String vi = page(url, "xa.thuonglo", "vi");
        assertThat(vi)
                .contains(
                        "đạt 17/19 tiêu chí",
                        "Chưa đạt chuẩn",
                        "Không đánh giá",
                        "13.3",
                        "Xã đặc biệt khó khăn / an toàn khu: áp dụng ngưỡng vùng Trung du miền núi phía Bắc",
                        "≥ 50",
                        "30 %",
                        "Số tiêu chí đạt qua các năm",
                        ">17/19<");
        String en = page(url, "xa.thuonglo", "en");
        assertThat(en)
                .contains(
                        "meets 17/19 criteria",
                        "Does not meet the standard yet",
                        "Not evaluated",
                        "thresholds of region Northern Midlands and Mountains apply")
                .doesNotContain("region TDMNPB");
    }

    @Test
    void a_bad_number_is_refused_beside_the_field_keeping_what_was_typed_and_a_good_one_updates_the_standing()
            throws Exception {
        long id = thuongLo();
        String form = "/assessments/" + id + "/" + SET + "/2024/values/15.4";
        Integer version = jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(id).query(Integer.class).single();
        mvc.perform(post(form)
                        .param("value", "20.5.3")
                        .param("version", String.valueOf(version))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.containsString("không phải là số")))
                .andExpect(flash().attribute("form", Matchers.hasToString(Matchers.containsString("value=20.5.3"))));
        assertThat(page("/assessments/" + id + "/" + SET + "/2024", "xa.thuonglo", "vi"))
                .contains("đạt 17/19");

        mvc.perform(post(form)
                        .param("value", "55,5")
                        .param("version", String.valueOf(version))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("saved", Matchers.containsString("Đã lưu")));
        String after = page("/assessments/" + id + "/" + SET + "/2024", "xa.thuonglo", "vi");
        assertThat(after).contains("đạt 18/19 tiêu chí");
        assertThat(page(form, "xa.thuonglo", "vi")).contains("55,5", "20", "Lịch sử thay đổi", "xa.thuonglo");

        mvc.perform(post(form)
                        .param("value", "20")
                        .param("version", String.valueOf(version + 1))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/assessments/" + id + "/" + SET + "/2024", "xa.thuonglo", "vi"))
                .contains("đạt 17/19");
    }

    @Test
    void evidence_is_uploaded_through_the_form_and_a_disguised_file_is_refused() throws Exception {
        long id = thuongLo();
        long valueId = jdbc.sql("""
                        select v.id from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '13.3' and v.year = 2024""").param(id).query(Long.class).single();
        String url = "/assessments/" + id + "/" + SET + "/2024/values/13.3/evidence";
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile(
                                "file",
                                "bien-ban.pdf",
                                "application/pdf",
                                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8)))
                        .param("valueId", String.valueOf(valueId))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("saved", Matchers.containsString("bien-ban.pdf")));
        mvc.perform(multipart(url)
                        .file(new MockMultipartFile(
                                "file",
                                "virus.pdf",
                                "application/pdf",
                                "MZ not a pdf".getBytes(StandardCharsets.UTF_8)))
                        .param("valueId", String.valueOf(valueId))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("không đúng với đuôi tệp")));
        assertThat(jdbc.sql("select file_name from evidence where value_id = ?")
                        .param(valueId)
                        .query(String.class)
                        .list())
                .containsExactly("bien-ban.pdf");
        assertThat(page("/assessments/" + id + "/" + SET + "/2024/values/13.3", "xa.thuonglo", "vi"))
                .contains("bien-ban.pdf");
    }

    @Test
    void another_communes_officer_gets_the_refusal_page() throws Exception {
        mvc.perform(get("/assessments/" + thuongLo() + "/" + SET + "/2024")
                        .with(httpBasic("xa.talen", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("ngoài phạm vi")));
    }

    @Test
    void the_province_view_lists_its_communes_with_their_standing_filtered_by_an_unmet_indicator() throws Exception {
        long province = new Api(mvc)
                .call(get("/api/v1/units/code/46").param("date", "2024-12-31"), "admin", status().isOk())
                .get("id")
                .asLong();
        String url = "/overview/" + province + "/" + SET + "/2024";
        String all = page(url, "tinh.hue", "vi");
        assertThat(all).contains("Xã Thượng Lộ", "đạt 17/19 tiêu chí", "13.3, 15.4", "Chưa có số liệu");
        String filtered = page(url + "?unmet=15.4", "tinh.hue", "vi");
        assertThat(filtered).contains("Xã Thượng Lộ").contains("Hiển thị 1/");
        assertThat(page(url + "?unmet=3.1", "tinh.hue", "vi")).doesNotContain("Xã Thượng Lộ");
        assertThat(page(url + "?minMet=18", "tinh.hue", "vi")).doesNotContain("Xã Thượng Lộ");
        assertThat(all).contains("Đạt 19 tiêu chí: ", "Dưới 10 tiêu chí: ");
        assertThat(page(url, "tinh.hue", "en"))
                .contains("Criteria results of the communes of Tỉnh Thừa Thiên Huế in 2024", "19 criteria: ")
                .containsPattern(
                        "communes meet the standard; (no commune has|1 commune has|\\d+ communes have) results")
                .doesNotContain("; 1 communes have", "; 0 communes have")
                .doesNotContain("Đạt 19 tiêu chí", "Dưới 10 tiêu chí");
        mvc.perform(get(url).with(httpBasic("xa.talen", DemoUsers.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void the_health_department_checks_khe_tre_values_verifying_one_and_returning_another_with_a_reason()
            throws Exception {
        Api api = new Api(mvc);
        long kheTre = api.call(get("/api/v1/units/code/20161"), "admin", status().isOk())
                .get("id")
                .asLong();
        String base = "/api/v1/assessments/" + kheTre + "/" + SET + "/2025";
        api.call(
                Api.json(MockMvcRequestBuilders.put(base + "/values/15.1"), Map.of("value", "92,5")),
                "xa.khetre",
                status().isOk());
        api.call(
                Api.json(MockMvcRequestBuilders.put(base + "/values/13.1"), Map.of("value", "Đạt")),
                "xa.khetre",
                status().isOk());
        api.call(post(base + "/submit"), "xa.khetre", status().isOk());

        String queue = page("/agency/" + SET + "/2025", "so.yte.hue", "vi");
        assertThat(queue)
                .contains("Xã Khe Tre", "15.1", "92,5", "Đã gửi thẩm định")
                .doesNotContain("13.1 ");
        long valueId = jdbc.sql("""
                        select v.id from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.1' and v.year = 2025""").param(kheTre).query(Long.class).single();
        mvc.perform(post("/agency/" + SET + "/2025/values/" + valueId)
                        .param("version", "1")
                        .param("action", "return")
                        .param("reason", "Thiếu danh sách BHYT kèm theo")
                        .with(httpBasic("so.yte.hue", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(flash().attribute("saved", Matchers.containsString("trả lại")));
        assertThat(jdbc.sql("select state || ':' || return_reason from assessment_value where id = ?")
                        .param(valueId)
                        .query(String.class)
                        .single())
                .isEqualTo("RETURNED:Thiếu danh sách BHYT kèm theo");
        assertThat(page("/agency/" + SET + "/2025", "xa.khetre", "vi")).contains("không gắn với cơ quan");
        // Thượng Lộ's 2024 values belong to the former province: Huế's department reads them, checks nothing there
        String former = page("/agency/" + SET + "/2024", "so.yte.hue", "vi");
        assertThat(former)
                .contains("Xã Thượng Lộ", "Chỉ xem: giá trị của đơn vị cũ trước sắp xếp")
                .doesNotContain("value=\"verify\"", "value=\"return\"");
    }

    @Test
    void a_whole_criterion_is_entered_on_one_screen_errors_stay_beside_their_indicator_and_a_clash_shows_both_values()
            throws Exception {
        long id = thuongLo();
        String url = "/assessments/" + id + "/" + SET + "/2024/criteria/15";
        String form = page(url, "xa.thuonglo", "vi");
        assertThat(form).contains("15.1", "15.2", "15.3", "15.4", "name=\"value_15.4\"", "đạt 17/19 tiêu chí");
        int version = jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(id).query(Integer.class).single();
        int version151 = jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.1' and v.year = 2024""").param(id).query(Integer.class).single();
        String after = mvc.perform(post(url)
                        .param("value_15.4", "55")
                        .param("orig_15.4", "20")
                        .param("version_15.4", String.valueOf(version))
                        .param("value_15.1", "abc")
                        .param("orig_15.1", "95")
                        .param("version_15.1", String.valueOf(version151))
                        .param("value_15.2", "Đạt")
                        .param("orig_15.2", "Đạt")
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("Đã lưu 1 chỉ tiêu", "đạt 18/19 tiêu chí", "không phải là số", "value=\"abc\"");

        String clash = mvc.perform(post(url)
                        .param("value_15.4", "60")
                        .param("orig_15.4", "20")
                        .param("version_15.4", String.valueOf(version))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(clash)
                .contains("đã sửa giá trị thành &quot;55&quot;", "bạn nhập &quot;60&quot;", "Chưa lưu chỉ tiêu nào");
        assertThat(jdbc.sql("""
                        select v.numeric_value from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(id).query(BigDecimal.class).single()).isEqualByComparingTo("55");

        // The form was opened when 15.4 had no value yet (no version, nothing shown): someone entered it meanwhile.
        String enteredMeanwhile = mvc.perform(post(url)
                        .param("value_15.4", "70")
                        .param("orig_15.4", "")
                        .param("version_15.4", "")
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(enteredMeanwhile)
                .contains(
                        "Giá trị này đã được xa.thuonglo nhập ngày",
                        "xa.thuonglo đã nhập giá trị &quot;55&quot; sau khi bạn mở trang (lúc đó chưa có giá trị nào)",
                        "bạn nhập &quot;70&quot;",
                        "Chưa lưu chỉ tiêu nào")
                .doesNotContain("Thiếu phiên bản", "đã sửa giá trị thành");
        assertThat(jdbc.sql("""
                        select v.numeric_value from assessment_value v join indicator i on i.id = v.indicator_id
                        where v.unit_id = ? and i.code = '15.4' and v.year = 2024""").param(id).query(BigDecimal.class).single()).isEqualByComparingTo("55");

        mvc.perform(post(url)
                        .param("value_15.4", "20")
                        .param("orig_15.4", "55")
                        .param("version_15.4", String.valueOf(version + 1))
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(page("/assessments/" + id + "/" + SET + "/2024", "xa.thuonglo", "vi"))
                .contains("đạt 17/19");
    }

    @Test
    void the_unit_page_of_a_merged_commune_shows_what_each_predecessor_last_achieved() throws Exception {
        long kheTre = new Api(mvc).unitId(DemoPlaces.KHE_TRE);
        long thuongLo = thuongLo();
        String vi = page("/units/" + kheTre, "xa.khetre", "vi");
        String line = vi.substring(vi.indexOf("Xã Thượng Lộ (20185)"));
        line = line.substring(0, line.indexOf("</li>"));
        assertThat(line)
                .contains("<a href=\"/assessments/" + thuongLo + "/" + SET + "/2024\">"
                        + "kết quả gần nhất: đạt 17/19 tiêu chí (2024, " + SET + ")</a>");
        assertThat(vi).contains("chưa có kết quả đánh giá được lưu");
        assertThat(page("/units/" + kheTre, "xa.khetre", "en"))
                .contains("latest result: meets 17/19 criteria (2024, " + SET + ")");
        // A unit without predecessors has no such note.
        assertThat(page("/units/" + thuongLo, "xa.thuonglo", "vi")).doesNotContain("kết quả gần nhất");

        // A year just begun (one value of 2025) does not hide the last year with every indicator entered.
        new Api(mvc)
                .call(
                        Api.json(
                                MockMvcRequestBuilders.put(
                                        "/api/v1/assessments/" + thuongLo + "/" + SET + "/2025/values/15.4"),
                                Map.of("value", "60")),
                        "xa.thuonglo",
                        status().isOk());
        assertThat(page("/units/" + kheTre, "xa.khetre", "vi"))
                .contains("đạt 17/19 tiêu chí (2024, " + SET + ")")
                .doesNotContain("(2025, " + SET + ")");
    }
}
