package vn.ntm.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.VietnameseDates;

/**
 * Once the set in force has indicators, the pages open on it, on this year, without a notice; a commune merged
 * before that set still opens on its own latest year with values, saying why.
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=defaults_in_force")
class DefaultsInForceTest {

    @Autowired
    MockMvc mvc;

    MvcResult opened(String url, String user) throws Exception {
        return mvc.perform(get(url).with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    @Test
    void the_set_in_force_is_opened_once_it_has_indicators() throws Exception {
        int thisYear = LocalDate.now(VietnameseDates.ZONE).getYear();
        Assumptions.assumeTrue(thisYear >= 2026 && thisYear <= 2030, "the demo's set in force is NTM-XA-2026-2030");
        // the shipped 2026-2030 structure with one indicator added (test data, not a legal text)
        ObjectNode set = (ObjectNode) JsonMapper.shared()
                .readTree(Files.readString(Path.of("src/main/resources/catalog/ntm-xa-2026-2030.json")));
        ObjectNode indicator = JsonMapper.shared()
                .createObjectNode()
                .put("code", "1.1")
                .put("text_vi", "Chỉ tiêu thử nghiệm (dữ liệu kiểm thử)")
                .put("kind", "QUALITATIVE")
                .put("wording_verified", false);
        ((ArrayNode) set.path("criteria").get(0).path("indicators")).add(indicator);
        new Api(mvc)
                .call(
                        multipart("/api/v1/criteria/sets")
                                .file(new MockMultipartFile(
                                        "file",
                                        "set.json",
                                        "application/json",
                                        JsonMapper.shared()
                                                .writeValueAsString(set)
                                                .getBytes(StandardCharsets.UTF_8))),
                        "admin",
                        status().isOk());

        long kheTre = new Api(mvc).unitId(DemoPlaces.KHE_TRE);
        MvcResult agency = opened("/agency", "so.yte.hue");
        assertThat(agency.getResponse().getRedirectedUrl()).isEqualTo("/agency/NTM-XA-2026-2030/" + thisYear);
        assertThat(agency.getFlashMap().containsKey("defaultNotice")).isFalse();
        MvcResult commune = opened("/assessments/" + kheTre, "xa.khetre");
        assertThat(commune.getResponse().getRedirectedUrl())
                .isEqualTo("/assessments/" + kheTre + "/NTM-XA-2026-2030/" + thisYear);
        assertThat(commune.getFlashMap().containsKey("defaultNotice")).isFalse();

        long thuongLo = new Api(mvc).unitId(DemoPlaces.THUONG_LO);
        MvcResult merged = opened("/assessments/" + thuongLo, "xa.thuonglo");
        assertThat(merged.getResponse().getRedirectedUrl())
                .isEqualTo("/assessments/" + thuongLo + "/NTM-XA-2021-2025/2024");
        assertThat((String) merged.getFlashMap().get("defaultNotice")).startsWith("Xã Thượng Lộ không còn hiệu lực");
    }
}
