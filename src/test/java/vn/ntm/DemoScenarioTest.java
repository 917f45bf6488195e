package vn.ntm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/** The demo data as a user meets it through the API: seeds' places, lineage, code reuse, scopes, edits, audit. */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=demo_test")
class DemoScenarioTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static RequestPostProcessor as(String user) {
        return httpBasic(user, DemoUsers.PASSWORD);
    }

    JsonNode json(String url, String user) throws Exception {
        String body = mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(body);
    }

    long idOf(String code, String date) throws Exception {
        return json("/api/v1/units/code/" + code + "?date=" + date, "admin")
                .get("id")
                .asLong();
    }

    @Test
    void code_03405_is_giang_ma_before_the_reform_and_ta_leng_after_as_two_different_units() throws Exception {
        JsonNode before = json("/api/v1/units/code/03405?date=2025-06-30", "admin");
        JsonNode after = json("/api/v1/units/code/03405?date=1/7/2025", "admin");
        assertThat(before.get("name").asString()).isEqualTo("Xã Giang Ma");
        assertThat(before.get("validTo").asString()).isEqualTo("2025-07-01");
        assertThat(after.get("name").asString()).isEqualTo("Xã Tả Lèng");
        assertThat(after.get("id").asLong()).isNotEqualTo(before.get("id").asLong());
        assertThat(json("/api/v1/units/code/03405/all", "admin")).hasSize(2);
    }

    @Test
    void the_tree_reads_as_it_stood_on_each_side_of_the_reform() throws Exception {
        long hue2024 = idOf("46", "2024-12-01");
        JsonNode districts = json("/api/v1/units/" + hue2024 + "/children?date=2024-12-01", "admin");
        assertThat(districts).extracting(n -> n.get("name").asString()).containsExactly("Huyện Nam Đông");
        assertThat(json("/api/v1/units/" + hue2024 + "?date=2024-12-01", "admin")
                        .get("name")
                        .asString())
                .isEqualTo("Tỉnh Thừa Thiên Huế");
        // 2025-03: Thừa Thiên Huế became Thành phố Huế and Nam Đông was merged into Phú Lộc (same unit, renamed)
        assertThat(json("/api/v1/units/" + hue2024 + "?date=2025-03-15", "admin")
                        .get("name")
                        .asString())
                .isEqualTo("Thành phố Huế");
        long thuongLo = idOf("20185", "2024-12-01");
        assertThat(json("/api/v1/units/" + thuongLo + "/ancestors?date=2024-12-01", "admin"))
                .extracting(n -> n.get("name").asString())
                .containsExactly("Huyện Nam Đông", "Tỉnh Thừa Thiên Huế");
        assertThat(json("/api/v1/units/" + thuongLo + "/ancestors?date=2025-05-01", "admin"))
                .extracting(n -> n.get("name").asString())
                .containsExactly("Huyện Phú Lộc", "Thành phố Huế");
        long hue2026 = idOf("46", "2026-01-01");
        assertThat(json("/api/v1/units/" + hue2026 + "/children?date=2026-01-01", "admin"))
                .extracting(n -> n.get("name").asString())
                .containsExactly("Xã Khe Tre");
        assertThat(json("/api/v1/units/" + thuongLo + "/history", "admin")).hasSize(2);
    }

    @Test
    void the_seeds_communes_lead_to_their_successors() throws Exception {
        assertSuccessor("20185", "Xã Khe Tre", "PART", "WHOLE");
        assertSuccessor("18721", "Xã Cẩm Trung", "WHOLE");
        long taLeng = idOf("03405", "2025-07-01");
        JsonNode lineage = json("/api/v1/units/" + taLeng + "/lineage", "admin");
        assertThat(lineage.get("predecessors"))
                .extracting(n -> n.get("name").asString())
                .contains("Xã Giang Ma", "Xã Tả Lèng", "Xã Hồ Thầu");
        assertThat(lineage.get("predecessors"))
                .allSatisfy(n -> assertThat(n.get("kind").asString()).isEqualTo("WHOLE"));
    }

    private void assertSuccessor(String oldCode, String successor, String... allowedKinds) throws Exception {
        long old = idOf(oldCode, "2025-06-30");
        JsonNode successors = json("/api/v1/units/" + old + "/lineage", "admin").get("successors");
        assertThat(successors).extracting(n -> n.get("name").asString()).containsExactly(successor);
        assertThat(successors.get(0).get("kind").asString()).isIn((Object[]) allowedKinds);
    }

    @Test
    void search_ignores_diacritics_and_case_in_nfc_and_nfd() throws Exception {
        String nfd = Normalizer.normalize("thượng lộ", Normalizer.Form.NFD);
        for (String q : List.of("Thuong Lo", "THƯỢNG LỘ", nfd)) {
            String body = mvc.perform(get("/api/v1/units/search").param("q", q).with(as("admin")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(JsonMapper.shared().readTree(body))
                    .as(q)
                    .extracting(n -> n.get("name").asString())
                    .containsExactly("Xã Thượng Lộ");
        }
    }

    @Test
    void a_commune_user_reaches_no_data_of_another_commune_through_any_endpoint() throws Exception {
        long khetre = idOf("20161", "2026-01-01");
        long talen = idOf("03405", "2026-01-01");
        long giangMa = idOf("03405", "2025-01-01");
        for (String url : List.of(
                "/api/v1/units/" + khetre,
                "/api/v1/units/" + khetre + "/children",
                "/api/v1/units/" + khetre + "/lineage",
                "/api/v1/units/" + khetre + "/history",
                "/api/v1/units/" + khetre + "/attributes",
                "/api/v1/units/" + khetre + "/ancestors",
                "/api/v1/units/code/20161")) {
            mvc.perform(get(url).with(as("xa.talen")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("ngoài phạm vi")));
        }
        assertThat(json("/api/v1/units/search?q=khe%20tre", "xa.talen")).isEmpty();
        assertThat(json("/api/v1/units?level=COMMUNE", "xa.talen"))
                .extracting(n -> n.get("id").asLong())
                .containsExactly(talen);
        // its own predecessor (Giang Ma) is readable after the merger
        assertThat(json("/api/v1/units/" + giangMa, "xa.talen").get("name").asString())
                .isEqualTo("Xã Giang Ma");
        List<Long> visibleUsers = JsonMapper.shared()
                .readTree(mvc.perform(get("/api/v1/users").with(as("xa.talen")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .valueStream()
                .map(n -> n.get("unitId").asLong())
                .toList();
        assertThat(visibleUsers).isNotEmpty().allSatisfy(u -> assertThat(u).isEqualTo(talen));
    }

    @Test
    void a_merged_communes_officer_reads_but_cannot_change_a_predecessors_records() throws Exception {
        long thuongLo = idOf("20185", "2025-01-01");
        assertThat(json("/api/v1/units/" + thuongLo, "xa.khetre").get("name").asString())
                .isEqualTo("Xã Thượng Lộ");
        mvc.perform(post("/api/v1/users")
                        .with(as("tinh.hue"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"xa.thuonglo2\",\"role\":\"COMMUNE_OFFICER\",\"unitId\":" + thuongLo
                                + "}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("error.scope.readOnly"));
    }

    @Test
    void a_concurrent_edit_is_refused_with_who_changed_it_and_the_audit_trail_keeps_every_change() throws Exception {
        String created = mvc.perform(post("/api/v1/users")
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"xa.camtrung2\",\"role\":\"VIEWER\",\"unitCode\":\"18742\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.temporaryPassword").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode user = JsonMapper.shared().readTree(created).get("user");
        long id = user.get("id").asLong();
        int version = user.get("version").asInt();
        mvc.perform(put("/api/v1/users/" + id)
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"COMMUNE_OFFICER\",\"version\":" + version + ",\"reason\":\"phân công\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("COMMUNE_OFFICER"));
        mvc.perform(put("/api/v1/users/" + id)
                        .with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"COMMUNE_LEADER\",\"version\":" + version + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("version"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("admin")));
        assertThat(json("/api/v1/users/" + id, "admin").get("role").asString()).isEqualTo("COMMUNE_OFFICER");
        JsonNode trail = json("/api/v1/users/" + id + "/audit", "admin");
        assertThat(trail).extracting(n -> n.get("action").asString()).contains("CREATE", "UPDATE");
        JsonNode roleChange = trail.valueStream()
                .filter(n -> "role".equals(n.path("field").asString(null))
                        && "UPDATE".equals(n.get("action").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(roleChange.get("oldValue").asString()).isEqualTo("VIEWER");
        assertThat(roleChange.get("newValue").asString()).isEqualTo("COMMUNE_OFFICER");
        assertThat(roleChange.get("reason").asString()).isEqualTo("phân công");
        assertThat(roleChange.get("actor").asString()).isEqualTo("admin");
    }

    @Test
    void the_audit_log_refuses_updates_and_deletes() {
        // the application's role may not (ApplicationRoleTest); the trigger still stops the owner
        Assertions.assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_log");
        Assertions.assertThatThrownBy(
                        () -> jdbc.sql("update audit_log set actor = 'x'").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_log");
    }

    @Test
    void bad_input_gets_a_specific_vietnamese_problem_with_the_field() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/v1/units/code/99999", "Không có đơn vị nào mang mã 99999",
                "/api/v1/units/code/abc", "không hợp lệ",
                "/api/v1/units/code/20185?date=2026-01-01", "Ngày 01/01/2026 không có đơn vị nào mang mã 20185",
                "/api/v1/units/code/20185?date=31/02/2024", "Giá trị \"31/02/2024\" của tham số \"date\"",
                "/api/v1/units/search?q=x", "ít nhất 2 ký tự");
        for (var c : cases.entrySet()) {
            mvc.perform(get(c.getKey()).with(as("admin")))
                    .andExpect(status().is4xxClientError())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString(c.getValue())))
                    .andExpect(jsonPath("$.field").isString());
        }
        mvc.perform(get("/api/v1/units/code/99999").with(as("admin")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value("No unit ever held code 99999."));
    }

    @Test
    void unauthenticated_api_calls_get_401_as_problem_json_and_a_wrong_password_is_counted() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/users/me").with(httpBasic("xem.laichau", "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        // locked now: even the right password is refused until the lock ends
        mvc.perform(get("/api/v1/users/me").with(as("xem.laichau"))).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select locked_until is not null from app_user where username = 'xem.laichau'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void a_user_changes_their_password_and_a_form_post_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/api/v1/users/me/password")
                        .with(as("xa.camtrung"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"sai\",\"newPassword\":\"mat-khau-moi-2026\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("currentPassword"));
        mvc.perform(post("/api/v1/users/me/password")
                        .with(as("xa.camtrung"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + DemoUsers.PASSWORD + "\",\"newPassword\":\"ngan\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("ít nhất 10 ký tự")));
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    void an_import_file_with_wrong_columns_or_a_legacy_encoding_is_refused_with_a_specific_message() throws Exception {
        var wrongColumns = new MockMultipartFile(
                "file", "ds.csv", "text/csv", "ma,ten\n20185,Xã Thượng Lộ\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/units/imports")
                        .file(wrongColumns)
                        .param("kind", "LIST")
                        .param("effective", "1/1/2027")
                        .with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("cap,ma,ten,ma_cap_tren")));
        byte[] tcvn3 = {'c', 'a', 'p', '\n', 'T', 'h', (byte) 0xAD, (byte) 0xEE, 'n', 'g'};
        mvc.perform(multipart("/api/v1/units/imports")
                        .file(new MockMultipartFile("file", "ds.csv", "text/csv", tcvn3))
                        .param("kind", "LIST")
                        .param("effective", "1/1/2027")
                        .with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("TCVN3")));
        mvc.perform(multipart("/api/v1/units/imports")
                        .file(wrongColumns)
                        .param("kind", "LIST")
                        .param("effective", "1/1/2027")
                        .with(as("tinh.hue")))
                .andExpect(status().isForbidden());
    }

    @Test
    void users_created_in_bulk_from_csv_all_or_nothing_then_only_the_valid_rows() throws Exception {
        String csv = "ten_dang_nhap,vai_tro,ma_don_vi,mat_khau\n"
                + "bulk.khetre,COMMUNE_OFFICER,20161,\n"
                + "bulk.talen,can bo xa,03405,\n"
                + "bulk.sai,COMMUNE_OFFICER,99999,\n";
        var file = new MockMultipartFile("file", "users.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/users/import").file(file).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.issues[0].row").value(4))
                .andExpect(jsonPath("$.issues[0].reason").value(Matchers.containsString("99999")));
        assertThat(jdbc.sql("select count(*) from app_user where username like 'bulk.%'")
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(multipart("/api/v1/users/import")
                        .file(file)
                        .param("mode", "VALID_ROWS")
                        .with(as("admin")))
                .andExpect(jsonPath("$.outcome").value("APPLIED"))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.users[0].temporaryPassword").isString());
        assertThat(jdbc.sql("select count(*) from app_user where username like 'bulk.%' and must_change_password")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void demo_units_and_users_are_marked_as_demo() {
        assertThat(jdbc.sql("select count(*) from admin_unit where not demo")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from app_user where demo")
                        .query(Long.class)
                        .single())
                .isGreaterThan(5);
        assertThat(jdbc.sql("select legal_basis from unit_attribute where attribute = 'ESPECIALLY_DIFFICULT'")
                        .query(String.class)
                        .single())
                .startsWith("DEMO");
    }
}
