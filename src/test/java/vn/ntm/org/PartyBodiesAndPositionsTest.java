package vn.ntm.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.audit.AuditText;
import vn.ntm.errors.BadInputException;
import vn.ntm.imports.ImportMode;
import vn.ntm.testing.NtmTest;
import vn.ntm.unit.Units;

/**
 * The Party's bodies and the signing positions (issue 12): the new body types and position codes through the bodies
 * CSV, the refusals that name the known codes, the signers of a body on a day. Every name made here ends "(thử)", so
 * the demo data stays as other classes expect it.
 */
@NtmTest
class PartyBodiesAndPositionsTest {

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

    @Autowired
    BodyBulkImport bulk;

    @Autowired
    AuditText auditText;

    @Test
    void a_csv_with_the_party_s_body_types_and_position_codes_imports_and_a_title_defaults_to_the_position_s_name()
            throws Exception {
        String csv = """
                ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email,ma_chuc_vu
                20161,BCH_DANG_BO_XA,Ban Chấp hành Đảng bộ xã Khe Tre (thử),,,,
                20161,BTV_DANG_UY_XA,Ban Thường vụ Đảng ủy xã Khe Tre (thử),Lê Thúy Lan (thử),Phó Bí thư Thường trực Đảng ủy xã,,PHO_BI_THU_THUONG_TRUC
                20161,VP_DANG_UY_XA,Văn phòng Đảng ủy xã Khe Tre (thử),Hồ Văn Tâm (thử),,,chanh_van_phong
                20161,CHI_BO_CO_QUAN,Chi bộ Trường Tiểu học Khe Tre (thử),Trần Thị Mai (thử),Bí thư Chi bộ,,BI_THU
                46,TINH_UY,Thành ủy Huế (thử),,,,
                20185-01,CHI_BO,Chi bộ thôn Cha Mãng (thử),,,,
                """;
        JsonNode applied = importCsv(csv, "ALL_OR_NOTHING");
        assertThat(applied.get("outcome").asString()).as(applied.toString()).isEqualTo("APPLIED");
        assertThat(applied.get("bodiesCreated").asInt()).isEqualTo(6);
        assertThat(applied.get("peopleCreated").asInt()).isEqualTo(3);
        assertThat(applied.get("positionsCreated").asInt()).isEqualTo(3);

        assertThat(bodyType("Ban Thường vụ Đảng ủy xã Khe Tre (thử)")).isEqualTo("BTV_DANG_UY_XA");
        assertThat(bodyType("Thành ủy Huế (thử)")).isEqualTo("TINH_UY");
        assertThat(bodyType("Chi bộ thôn Cha Mãng (thử)"))
                .as("a village's chi bộ")
                .isEqualTo("CHI_BO");
        assertThat(position("Lê Thúy Lan (thử)"))
                .containsExactly("Phó Bí thư Thường trực Đảng ủy xã", "PHO_BI_THU_THUONG_TRUC");
        assertThat(position("Hồ Văn Tâm (thử)"))
                .as("no title: the position's name, the code written in any case")
                .containsExactly("Chánh Văn phòng", "CHANH_VAN_PHONG");
        assertThat(position("Trần Thị Mai (thử)")).containsExactly("Bí thư Chi bộ", "BI_THU");
        assertThat(jdbc.sql("""
                        select a.new_value from audit_log a
                        join person_position pp on pp.id = a.entity_id
                        join person p on p.id = pp.person_id
                        where a.entity_type = 'person_position' and a.field = 'positionCode'
                          and p.full_name = 'Hồ Văn Tâm (thử)'""").query(String.class).list())
                .as("the code is audited with the position")
                .containsExactly("CHANH_VAN_PHONG");
        assertThat(auditText.field("person_position", "positionCode"))
                .as("and the trail names it in words")
                .isEqualTo("Mã chức vụ");

        JsonNode again = importCsv(csv, "ALL_OR_NOTHING");
        assertThat(again.get("outcome").asString()).isEqualTo("UNCHANGED");
    }

    @Test
    void the_command_line_s_path_as_the_system_reads_the_english_headers_with_a_position_code() {
        String csv = """
                unit_code,body_type,name,person_name,title,email,position_code
                20161,BTV_DANG_UY_XA,Ban Thường vụ dòng lệnh (thử),Bí Thư Dòng Lệnh (thử),,,BI_THU
                """;
        BodyBulkImport.Report report = system.run(
                "cli:root",
                () -> bulk.importCsv(
                        "party.csv", csv.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING, false));
        assertThat(report.outcome()).as(report.toString()).isEqualTo("APPLIED");
        assertThat(position("Bí Thư Dòng Lệnh (thử)")).containsExactly("Bí thư", "BI_THU");
        assertThat(jdbc.sql("""
                        select distinct a.actor from audit_log a join body b on b.id = a.entity_id
                        where a.entity_type = 'body' and b.name = 'Ban Thường vụ dòng lệnh (thử)'""").query(String.class).list()).containsExactly("cli:root");
    }

    @Test
    void an_unknown_position_code_or_one_of_another_body_type_is_refused_in_vietnamese_naming_the_known_codes()
            throws Exception {
        String csv = """
                ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email,ma_chuc_vu
                20161,BTV_DANG_UY_XA,Ban Thường vụ lỗi một (thử),Người Một (thử),Bí thư,,BI_THU_XA
                20161,BTV_DANG_UY_XA,Ban Thường vụ lỗi hai (thử),Người Hai (thử),Chủ tịch,,CHU_TICH
                20161,TRAM_Y_TE,Trạm Y tế lỗi ba (thử),Người Ba (thử),Trạm trưởng,,BI_THU
                20161,VP_DANG_UY_XA,Văn phòng lỗi bốn (thử),,,,CHANH_VAN_PHONG
                """;
        JsonNode rejected = importCsv(csv, "ALL_OR_NOTHING");
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        List<String> reasons = rejected.get("issues")
                .valueStream()
                .map(i -> i.get("reason").asString())
                .toList();
        assertThat(reasons).hasSize(4);
        assertThat(reasons.get(0))
                .startsWith("Không có mã chức vụ \"BI_THU_XA\" trong danh mục. Các mã chức vụ: BI_THU, "
                        + "PHO_BI_THU_THUONG_TRUC, PHO_BI_THU,")
                .contains("CHU_TICH", "CHANH_VAN_PHONG", "VAN_THU");
        assertThat(reasons.get(1))
                .isEqualTo(
                        "Chức vụ \"Chủ tịch\" không có trong loại cơ quan \"Ban Thường vụ Đảng ủy xã\". Các mã chức "
                                + "vụ của loại cơ quan này: BI_THU, PHO_BI_THU_THUONG_TRUC, PHO_BI_THU, UY_VIEN_BAN_THUONG_VU.");
        assertThat(reasons.get(2))
                .startsWith(
                        "Chức vụ \"Bí thư\" không có trong loại cơ quan \"Trạm Y tế xã\": loại cơ quan này không có "
                                + "chức vụ nào trong danh mục");
        assertThat(reasons.get(3)).isEqualTo("Có chức vụ, mã chức vụ hoặc thư điện tử nhưng thiếu họ và tên.");
        assertThat(jdbc.sql("select count(*) from body where name like '% lỗi % (thử)'")
                        .query(Long.class)
                        .single())
                .as("all or nothing: nothing written")
                .isZero();
    }

    @Test
    void the_signers_of_a_body_on_a_day_are_its_signing_holders_then_those_of_the_committee_it_is_an_organ_of() {
        long khetre = system.run("test", () -> units.byCode("20161", null).id());
        long dangUy = body(khetre, "DANG_UY_XA", "Đảng ủy xã ký thử (thử)", null);
        long btv = body(khetre, "BTV_DANG_UY_XA", "Ban Thường vụ ký thử (thử)", dangUy);
        long office = body(khetre, "VP_DANG_UY_XA", "Văn phòng Đảng ủy ký thử (thử)", dangUy);
        LocalDate from = LocalDate.of(2025, 10, 1);
        hold(khetre, "Bí Thư Một (thử)", dangUy, "Bí thư Đảng ủy xã", "BI_THU", from, null);
        hold(khetre, "Phó Bí Thư Hai (thử)", btv, null, "PHO_BI_THU_THUONG_TRUC", from, null);
        hold(khetre, "Ủy Viên Ba (thử)", btv, null, "UY_VIEN_BAN_THUONG_VU", from, null);
        hold(khetre, "Phó Bí Thư Bốn (thử)", dangUy, null, "PHO_BI_THU", from, LocalDate.of(2026, 3, 1));
        hold(khetre, "Chánh Văn Phòng Năm (thử)", office, null, "CHANH_VAN_PHONG", from, null);
        hold(khetre, "Bí Thư Không Mã (thử)", btv, "Bí thư", null, from, null);
        long chiBo = body(khetre, "CHI_BO_CO_QUAN", "Chi bộ Trạm Y tế ký thử (thử)", dangUy);
        hold(khetre, "Bí Thư Chi Bộ (thử)", chiBo, null, "BI_THU", from, null);

        assertThat(signers(btv, LocalDate.of(2026, 4, 1)))
                .as("its own Phó Bí thư Thường trực, then the Đảng ủy's Bí thư; not the member, the ended deputy, "
                        + "the office, nor a title without a code")
                .containsExactly("Phó Bí Thư Hai (thử) PHO_BI_THU_THUONG_TRUC", "Bí Thư Một (thử) BI_THU");
        assertThat(signers(btv, LocalDate.of(2026, 2, 28)))
                .as("the deputy's position still held the day before it ends")
                .containsExactly(
                        "Phó Bí Thư Hai (thử) PHO_BI_THU_THUONG_TRUC",
                        "Bí Thư Một (thử) BI_THU",
                        "Phó Bí Thư Bốn (thử) PHO_BI_THU");
        assertThat(signers(office, LocalDate.of(2026, 4, 1)))
                .as("a Bí thư is no position of an office: only its chief signs for it")
                .containsExactly("Chánh Văn Phòng Năm (thử) CHANH_VAN_PHONG");
        assertThat(signers(chiBo, LocalDate.of(2026, 4, 1)))
                .as("a chi bộ under the Đảng ủy has its own Bí thư, not the Đảng ủy's")
                .containsExactly("Bí Thư Chi Bộ (thử) BI_THU");
        assertThat(signers(dangUy, LocalDate.of(2025, 9, 30)))
                .as("before anyone took office")
                .isEmpty();

        assertThat(bodies.isOffice(office)).isTrue();
        assertThat(bodies.isOffice(btv)).isFalse();
        assertThat(bodies.parentOf(btv)).isEqualTo(dangUy);
        assertThat(bodies.parentOf(dangUy)).isNull();
    }

    @Test
    void a_position_code_of_another_body_type_is_refused_on_its_field_and_stores_no_person() {
        long khetre = system.run("test", () -> units.byCode("20161", null).id());
        long btv = body(khetre, "BTV_DANG_UY_XA", "Ban Thường vụ mã sai (thử)", null);
        assertThatThrownBy(
                        () -> hold(khetre, "Người Mã Sai (thử)", btv, null, "GIAM_DOC", LocalDate.of(2026, 1, 5), null))
                .isInstanceOfSatisfying(
                        BadInputException.class, e -> assertThat(e.field()).isEqualTo("positionCode"));
        assertThat(jdbc.sql("select count(*) from person where full_name = 'Người Mã Sai (thử)'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_position_given_over_the_api_carries_its_code_and_the_list_of_body_types_marks_the_offices()
            throws Exception {
        long khetre = system.run("test", () -> units.byCode("20161", null).id());
        long chiBo = body(khetre, "CHI_BO_CO_QUAN", "Chi bộ Công an xã (thử)", null);
        long person = system.run(
                "test",
                () -> people.create(new PersonForm(khetre, null, "Phó Bí Thư Api (thử)", null, null, null))
                        .id());
        JsonNode position = call(
                post("/api/v1/people/" + person + "/positions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.shared()
                                .writeValueAsString(Map.of("bodyId", chiBo, "positionCode", "PHO_BI_THU"))),
                status().isOk());
        assertThat(position.get("positionCode").asString()).isEqualTo("PHO_BI_THU");
        assertThat(position.get("title").asString()).isEqualTo("Phó Bí thư");

        JsonNode types = call(get("/api/v1/body-types").param("level", "COMMUNE"), status().isOk());
        Map<String, Boolean> offices = new HashMap<>();
        types.forEach(t -> offices.put(t.get("code").asString(), t.get("office").asBoolean()));
        assertThat(offices)
                .containsEntry("VP_DANG_UY_XA", true)
                .containsEntry("CC_VAN_PHONG_THONG_KE", true)
                .containsEntry("BTV_DANG_UY_XA", false)
                .containsEntry("UBND_XA", false)
                .containsKeys("BCH_DANG_BO_XA", "CHI_BO_CO_QUAN", "DANG_UY_XA");
        assertThat(system.run("test", () -> people.positionTypes("BTV_DANG_UY_XA")))
                .extracting(PositionType::code)
                .containsExactly("BI_THU", "PHO_BI_THU_THUONG_TRUC", "PHO_BI_THU", "UY_VIEN_BAN_THUONG_VU");
    }

    private long body(long unitId, String type, String name, Long parent) {
        return system.run(
                "test",
                () -> bodies.create(new BodyForm(unitId, null, type, name, parent, null, null, null))
                        .id());
    }

    private void hold(long unitId, String name, long bodyId, String title, String code, LocalDate from, LocalDate to) {
        system.run(
                "test",
                () -> people.createWithPosition(
                        new PersonForm(unitId, null, name, null, null, null),
                        new PositionForm(bodyId, title, code, from, to, null)));
    }

    private List<String> signers(long bodyId, LocalDate on) {
        return system.run("test", () -> people.signers(bodyId, on)).stream()
                .map(s -> s.fullName() + " " + s.positionCode())
                .toList();
    }

    private String bodyType(String name) {
        return jdbc.sql("select body_type from body where name = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    private List<String> position(String fullName) {
        return jdbc.sql("""
                        select pp.title, pp.position_code from person_position pp join person p on p.id = pp.person_id
                        where p.full_name = ?""")
                .param(fullName)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
    }

    private JsonNode importCsv(String csv, String mode) throws Exception {
        return call(
                multipart("/api/v1/bodies/import")
                        .file(new MockMultipartFile(
                                "file", "co-quan-dang.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("mode", mode),
                status().isOk());
    }

    private JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, ResultMatcher expected) throws Exception {
        String body = mvc.perform(request.with(httpBasic("admin", DemoUsers.PASSWORD)))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }
}
