package vn.ntm.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/** Bodies and people through the API: scopes, type levels, stale versions, audit, bulk CSV set-up. */
@NtmTest
class OrgApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DemoUsers.PASSWORD);
    }

    JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        String body = mvc.perform(request.with(as(user)))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(JsonMapper.shared().writeValueAsString(body));
    }

    long unit(String code) throws Exception {
        return call(get("/api/v1/units/code/" + code), "admin", status().isOk())
                .get("id")
                .asLong();
    }

    JsonNode createBody(String user, String unitCode, String type, String name) throws Exception {
        return call(
                json(post("/api/v1/bodies"), Map.of("unitCode", unitCode, "bodyType", type, "name", name)),
                user,
                status().isOk());
    }

    @Test
    void admin_creates_a_body_in_khe_tre_and_the_commune_officer_of_khe_tre_sees_it() throws Exception {
        JsonNode body = createBody("admin", "20161", "PHONG_KINH_TE_XA", "Phòng Kinh tế xã Khe Tre");
        assertThat(body.get("unitName").asString()).isEqualTo("Xã Khe Tre");
        assertThat(body.get("version").asInt()).isZero();
        JsonNode list = call(
                get("/api/v1/bodies").param("unitId", String.valueOf(unit("20161"))), "xa.khetre", status().isOk());
        assertThat(list).extracting(n -> n.get("name").asString()).contains("Phòng Kinh tế xã Khe Tre");
        String stored = jdbc.sql("select search_name from body where id = ?")
                .param(body.get("id").asLong())
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo("phong kinh te xa khe tre");
    }

    @Test
    void the_same_name_written_without_diacritics_is_refused_as_a_duplicate_in_the_same_commune() throws Exception {
        createBody("xa.khetre", "20161", "HOI_NONG_DAN_XA", "Hội Nông dân xã Khe Tre");
        call(
                json(
                        post("/api/v1/bodies"),
                        Map.of("unitCode", "20161", "bodyType", "HOI_NONG_DAN_XA", "name", "HOI NONG DAN XA KHE TRE")),
                "xa.khetre",
                status().isConflict());
    }

    @Test
    void the_officer_of_another_commune_can_neither_read_nor_create_bodies_of_khe_tre() throws Exception {
        long khetre = unit("20161");
        mvc.perform(get("/api/v1/bodies")
                        .param("unitId", String.valueOf(khetre))
                        .with(as("xa.talen")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(
                                post("/api/v1/bodies"),
                                Map.of("unitId", khetre, "bodyType", "TRAM_Y_TE", "name", "Trạm Y tế lạ"))
                        .with(as("xa.talen")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.sql("select count(*) from body where name = 'Trạm Y tế lạ'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_viewer_cannot_create_a_body_even_in_their_own_province() throws Exception {
        call(
                json(post("/api/v1/bodies"), Map.of("unitCode", "12", "bodyType", "SO_Y_TE", "name", "Sở Y tế")),
                "xem.laichau",
                status().isForbidden());
    }

    @Test
    void a_save_with_a_stale_version_is_refused_with_409_on_the_version_field() throws Exception {
        long id = createBody("admin", "20161", "CC_TAI_CHINH_KE_TOAN", "Công chức Tài chính - Kế toán")
                .get("id")
                .asLong();
        call(
                json(
                        put("/api/v1/bodies/" + id),
                        Map.of("name", "Công chức Tài chính - Kế toán xã Khe Tre", "version", 0)),
                "xa.khetre",
                status().isOk());
        JsonNode problem = call(
                json(put("/api/v1/bodies/" + id), Map.of("name", "Tên khác", "version", 0)),
                "admin",
                status().isConflict());
        assertThat(problem.get("field").asString()).isEqualTo("version");
        assertThat(problem.get("detail").asString()).contains("xa.khetre");
        assertThat(jdbc.sql("select name from body where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Công chức Tài chính - Kế toán xã Khe Tre");
    }

    @Test
    void a_province_body_type_is_refused_for_a_commune_with_a_message_in_vietnamese() throws Exception {
        JsonNode problem = call(
                json(post("/api/v1/bodies"), Map.of("unitCode", "20161", "bodyType", "SO_Y_TE", "name", "Sở Y tế xã")),
                "admin",
                status().isBadRequest());
        assertThat(problem.get("field").asString()).isEqualTo("bodyType");
        assertThat(problem.get("detail").asString())
                .isEqualTo(
                        "Loại cơ quan \"Sở Y tế\" dành cho đơn vị cấp tỉnh, không dùng được cho Xã Khe Tre (đơn vị cấp xã).");
        assertThat(call(get("/api/v1/body-types").param("level", "COMMUNE"), "xa.khetre", status().isOk()))
                .extracting(n -> n.get("level").asString())
                .containsOnly("COMMUNE");
    }

    @Test
    void the_audit_trail_of_a_body_shows_the_old_and_the_new_name() throws Exception {
        long id = createBody("admin", "03405", "PHONG_KINH_TE_XA", "Phòng Kinh tế")
                .get("id")
                .asLong();
        call(
                json(
                        put("/api/v1/bodies/" + id),
                        Map.of("name", "Phòng Kinh tế xã Tả Lèng", "version", 0, "reason", "Tên đầy đủ")),
                "xa.talen",
                status().isOk());
        JsonNode trail = call(get("/api/v1/bodies/" + id + "/audit"), "xa.talen", status().isOk());
        JsonNode rename = null;
        for (JsonNode e : trail) {
            if ("UPDATE".equals(e.get("action").asString())
                    && "name".equals(e.get("field").asString())) {
                rename = e;
            }
        }
        assertThat(rename).isNotNull();
        assertThat(rename.get("oldValue").asString()).isEqualTo("Phòng Kinh tế");
        assertThat(rename.get("newValue").asString()).isEqualTo("Phòng Kinh tế xã Tả Lèng");
        assertThat(rename.get("actor").asString()).isEqualTo("xa.talen");
        assertThat(rename.get("reason").asString()).isEqualTo("Tên đầy đủ");
    }

    @Test
    void a_commune_officer_records_a_person_and_gives_them_a_position_but_not_in_an_inactive_body() throws Exception {
        long body = createBody("xa.khetre", "20161", "PHONG_VAN_HOA_XA_HOI_XA", "Phòng Văn hóa - Xã hội")
                .get("id")
                .asLong();
        long person = call(
                        json(
                                post("/api/v1/people"),
                                Map.of(
                                        "unitCode",
                                        "20161",
                                        "fullName",
                                        "Lê Thị Thử (mẫu)",
                                        "email",
                                        "le.thu@example.org")),
                        "xa.khetre",
                        status().isOk())
                .get("id")
                .asLong();
        call(
                json(
                        post("/api/v1/people"),
                        Map.of("unitCode", "20161", "fullName", "Người khác", "email", "LE.THU@example.org")),
                "xa.khetre",
                status().isConflict());
        call(
                json(post("/api/v1/people/" + person + "/positions"), Map.of("bodyId", body, "title", "Trưởng phòng")),
                "xa.khetre",
                status().isOk());
        JsonNode people = call(
                get("/api/v1/people").param("unitId", String.valueOf(unit("20161"))), "xa.khetre", status().isOk());
        JsonNode mine = null;
        for (JsonNode p : people) {
            if (p.get("id").asLong() == person) {
                mine = p;
            }
        }
        assertThat(mine.get("positions"))
                .extracting(n -> n.get("title").asString())
                .containsExactly("Trưởng phòng");
        call(json(put("/api/v1/bodies/" + body), Map.of("active", false, "version", 0)), "xa.khetre", status().isOk());
        JsonNode refused = call(
                json(
                        post("/api/v1/people/" + person + "/positions"),
                        Map.of("bodyId", body, "title", "Phó Trưởng phòng")),
                "xa.khetre",
                status().isBadRequest());
        assertThat(refused.get("field").asString()).isEqualTo("bodyId");
    }

    @Test
    void
            a_csv_with_one_bad_row_writes_nothing_in_all_or_nothing_writes_the_good_rows_otherwise_and_repeats_as_unchanged()
                    throws Exception {
        String csv = """
                ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email
                03405,HOI_PHU_NU_XA,Hội Liên hiệp Phụ nữ xã Tả Lèng,Thào Thị Dính (mẫu),Chủ tịch Hội,
                03405,KHONG_CO,Cơ quan không có loại,,,
                03405,DOAN_THANH_NIEN_XA,Đoàn Thanh niên xã Tả Lèng,,,
                """;
        JsonNode rejected = importCsv(csv, "ALL_OR_NOTHING");
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("issues")).hasSize(1);
        assertThat(rejected.get("issues").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rejected.get("issues").get(0).get("reason").asString())
                .isEqualTo("Không có loại cơ quan \"KHONG_CO\" trong danh mục.");
        assertThat(bodiesNamed()).isZero();

        JsonNode applied = importCsv(csv, "VALID_ROWS");
        assertThat(applied.get("outcome").asString()).isEqualTo("APPLIED");
        assertThat(applied.get("bodiesCreated").asInt()).isEqualTo(2);
        assertThat(applied.get("peopleCreated").asInt()).isEqualTo(1);
        assertThat(applied.get("positionsCreated").asInt()).isEqualTo(1);
        assertThat(bodiesNamed()).isEqualTo(2);

        JsonNode again = importCsv(csv, "VALID_ROWS");
        assertThat(again.get("outcome").asString()).isEqualTo("UNCHANGED");
        assertThat(again.get("message").asString()).startsWith("Không có thay đổi");
        assertThat(bodiesNamed()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from person_position pp join person p on p.id = pp.person_id "
                                + "where p.full_name = 'Thào Thị Dính (mẫu)'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_demo_loader_set_up_every_body_of_the_demo_file_marked_demo_and_a_second_run_changes_nothing()
            throws Exception {
        assertThat(jdbc.sql("select count(*) from body where demo")
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
        assertThat(jdbc.sql("select count(*) from person where demo")
                        .query(Long.class)
                        .single())
                .as("one a row, and Khe Tre's Phó Chủ tịch UBND on a row of their own")
                .isEqualTo(31);
        byte[] demo = new ClassPathResource("demo/bodies.csv").getContentAsByteArray();
        JsonNode again = importFile(demo, "ALL_OR_NOTHING");
        assertThat(again.get("outcome").asString()).as(again.toString()).isEqualTo("UNCHANGED");
        assertThat(again.get("bodiesCreated").asInt()).isZero();
    }

    private long bodiesNamed() {
        return jdbc.sql("select count(*) from body where name in ('Hội Liên hiệp Phụ nữ xã Tả Lèng', "
                        + "'Đoàn Thanh niên xã Tả Lèng', 'Cơ quan không có loại')")
                .query(Long.class)
                .single();
    }

    private JsonNode importCsv(String csv, String mode) throws Exception {
        return importFile(csv.getBytes(StandardCharsets.UTF_8), mode);
    }

    private JsonNode importFile(byte[] content, String mode) throws Exception {
        return call(
                multipart("/api/v1/bodies/import")
                        .file(new MockMultipartFile("file", "co-quan.csv", "text/csv", content))
                        .param("mode", mode),
                "admin",
                status().isOk());
    }
}
