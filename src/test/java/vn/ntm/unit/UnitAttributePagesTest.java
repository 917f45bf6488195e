package vn.ntm.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.access.DemoUsers;
import vn.ntm.access.SystemActor;
import vn.ntm.testing.NtmTest;

/** The unit attributes screen: add with a period and legal basis, errors next to the field, stale edits. */
@NtmTest
class UnitAttributePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SystemActor system;

    @Autowired
    Units units;

    @Autowired
    UnitAttributes attributes;

    String page(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD)).with(csrf()))
                        .andExpect(expected)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    long unit(String code) {
        return system.run("test", () -> units.byCode(code, null).id());
    }

    List<UnitAttributes.Attribute> of(long unitId, UnitAttribute attribute) {
        return system.run("test", () -> attributes.of(unitId)).stream()
                .filter(a -> a.attribute() == attribute)
                .toList();
    }

    @Test
    void the_administrator_adds_a_region_with_its_period_and_legal_basis_and_sees_it_listed() throws Exception {
        long khetre = unit("20161");
        mvc.perform(post("/admin/units/" + khetre + "/attributes")
                        .param("attribute", "REGION")
                        .param("value", "BTB")
                        .param("validFrom", "1/7/2025")
                        .param("lastDay", "31/12/2025")
                        .param("legalBasis", "Quyết định 318/QĐ-TTg")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/units/" + khetre + "/attributes"));
        UnitAttributes.Attribute stored = of(khetre, UnitAttribute.REGION).get(0);
        assertThat(stored.value()).isEqualTo("BTB");
        assertThat(stored.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(stored.validTo()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(stored.legalBasis()).isEqualTo("Quyết định 318/QĐ-TTg");
        assertThat(page(get("/admin/units/" + khetre + "/attributes"), "admin", status().isOk()))
                .contains(
                        "Thuộc tính đánh giá của Xã Khe Tre",
                        "BTB – Bắc Trung Bộ",
                        "01/07/2025",
                        "31/12/2025",
                        "Quyết định 318/QĐ-TTg");

        String overlap = page(
                post("/admin/units/" + khetre + "/attributes")
                        .param("attribute", "REGION")
                        .param("value", "DBSH")
                        .param("validFrom", "1/12/2025"),
                "admin",
                status().isOk());
        assertThat(overlap).contains("Thuộc tính REGION đã có giá trị \"BTB\"", "value=\"1/12/2025\"");
        assertThat(of(khetre, UnitAttribute.REGION)).hasSize(1);
    }

    @Test
    void a_value_that_is_not_allowed_is_refused_next_to_the_value_field_and_the_typed_dates_stay() throws Exception {
        long camtrung = unit("18742");
        String refused = page(
                post("/admin/units/" + camtrung + "/attributes")
                        .param("attribute", "COMMUNE_GROUP")
                        .param("value", "7")
                        .param("validFrom", "1/1/2026")
                        .param("legalBasis", "QĐ 51/2025/QĐ-TTg"),
                "admin",
                status().isOk());
        assertThat(refused)
                .contains(
                        "Giá trị \"7\" không hợp lệ. Giá trị được phép: 1 (Xã nhóm 1), 2 (Xã nhóm 2), 3 (Xã nhóm 3).",
                        "value=\"1/1/2026\"",
                        "value=\"QĐ 51/2025/QĐ-TTg\"");
        assertThat(of(camtrung, UnitAttribute.COMMUNE_GROUP)).isEmpty();

        String badDate = page(
                post("/admin/units/" + camtrung + "/attributes")
                        .param("attribute", "COMMUNE_GROUP")
                        .param("value", "2")
                        .param("validFrom", "1/13/2026"),
                "admin",
                status().isOk());
        assertThat(badDate).contains("Ngày \"1/13/2026\" không hợp lệ");
        assertThat(of(camtrung, UnitAttribute.COMMUNE_GROUP)).isEmpty();
    }

    @Test
    void a_region_may_be_given_by_its_name_as_people_write_it_and_is_stored_as_its_code() throws Exception {
        long camtrung = unit("18742");
        page(
                post("/admin/units/" + camtrung + "/attributes")
                        .param("attribute", "REGION")
                        .param("value", "bac trung bo")
                        .param("validFrom", "1/7/2025")
                        .param("legalBasis", "Quyết định 318/QĐ-TTg"),
                "admin",
                status().is3xxRedirection());
        assertThat(of(camtrung, UnitAttribute.REGION))
                .singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo("BTB"));

        String refused = page(
                post("/admin/units/" + camtrung + "/attributes")
                        .param("attribute", "REGION")
                        .param("value", "Bắc Bộ")
                        .param("validFrom", "1/1/2026"),
                "admin",
                status().isOk());
        assertThat(refused).contains("Giá trị \"Bắc Bộ\" không hợp lệ. Giá trị được phép:", "BTB (Bắc Trung Bộ)");
    }

    @Test
    void an_edit_with_a_stale_version_shows_the_concurrent_edit_message_and_keeps_what_was_typed() throws Exception {
        long binhlu = unit("03390");
        mvc.perform(post("/admin/units/" + binhlu + "/attributes")
                        .param("attribute", "ESPECIALLY_DIFFICULT")
                        .param("value", "true")
                        .param("validFrom", "1/7/2025")
                        .param("legalBasis", "QĐ 861/QĐ-TTg")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = of(binhlu, UnitAttribute.ESPECIALLY_DIFFICULT).get(0).id();
        String url = "/admin/units/" + binhlu + "/attributes/" + id;
        assertThat(page(get(url), "admin", status().isOk())).contains("value=\"01/07/2025\"", "QĐ 861/QĐ-TTg");
        mvc.perform(post(url)
                        .param("value", "true")
                        .param("validFrom", "1/7/2025")
                        .param("lastDay", "31/12/2025")
                        .param("legalBasis", "QĐ 861/QĐ-TTg")
                        .param("version", "0")
                        .with(httpBasic("admin", DemoUsers.PASSWORD))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String stale = page(
                post(url)
                        .param("value", "false")
                        .param("validFrom", "1/7/2025")
                        .param("legalBasis", "Căn cứ gõ sau")
                        .param("version", "0"),
                "admin",
                status().isOk());
        assertThat(stale).contains("Bản ghi đã được admin sửa ngày", "value=\"Căn cứ gõ sau\"");
        UnitAttributes.Attribute stored =
                of(binhlu, UnitAttribute.ESPECIALLY_DIFFICULT).get(0);
        assertThat(stored.value()).isEqualTo("true");
        assertThat(stored.validTo()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void a_province_officer_reads_the_attributes_of_their_units_without_the_forms_and_cannot_add_one()
            throws Exception {
        long khetre = unit("20161");
        String page = page(get("/admin/units/" + khetre + "/attributes"), "tinh.hue", status().isOk());
        assertThat(page).contains("Chỉ quản trị viên được đặt vùng").doesNotContain("name=\"lastDay\"");
        String refused = page(
                post("/admin/units/" + khetre + "/attributes")
                        .param("attribute", "COMMUNE_GROUP")
                        .param("value", "1")
                        .param("validFrom", "1/1/2026"),
                "tinh.hue",
                status().isForbidden());
        assertThat(refused).contains("Không có quyền", "Chỉ quản trị viên được đặt vùng");
        assertThat(of(khetre, UnitAttribute.COMMUNE_GROUP)).isEmpty();
    }
}
