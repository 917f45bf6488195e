package vn.ntm.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.Api;
import vn.ntm.testing.DemoPlaces;
import vn.ntm.testing.NtmTest;
import vn.ntm.text.VietnameseDates;

/**
 * The home pages follow the work: a value submitted by the commune is counted on the agency's home page; once the
 * agency returns it, the commune's home page lists it with the agency's reason (its own database: it writes).
 */
@NtmTest
@TestPropertySource(properties = "ntm.embedded-db.database=home_work")
class HomeWorkTest {

    static final String SET = "NTM-XA-2021-2025";

    @Autowired
    MockMvc mvc;

    String html(String url, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void a_returned_value_reaches_the_communes_home_page_with_the_agencys_reason() throws Exception {
        int year = LocalDate.now(VietnameseDates.ZONE).getYear();
        Assumptions.assumeTrue(year >= 2026 && year <= 2030, "the demo's set in force is NTM-XA-2026-2030");
        Api api = new Api(mvc);
        // Khe Tre enters and submits 15.3; the health department returns it with a reason
        long kheTre = api.unitId(DemoPlaces.KHE_TRE);
        JsonNode draft = api.call(
                        Api.json(
                                put("/api/v1/assessments/" + kheTre + "/" + SET + "/2025/values/15.3"),
                                Map.of("value", "12")),
                        "xa.khetre",
                        status().isOk())
                .get("value");
        JsonNode submitted = api.call(
                Api.json(
                        post("/api/v1/assessment-values/" + draft.get("id").asLong() + "/submit"),
                        Map.of("version", draft.get("version").asInt())),
                "xa.khetre",
                status().isOk());
        String agency = html("/", "so.yte.hue");
        assertThat(agency)
                .contains(
                        "1 giá trị đã gửi chờ xác nhận (bộ NTM-XA-2021-2025, năm 2025)",
                        "href=\"/agency/" + SET + "/2025\"");
        api.call(
                Api.json(
                        post("/api/v1/assessment-values/" + draft.get("id").asLong() + "/return"),
                        Map.of(
                                "version",
                                submitted.get("version").asInt(),
                                "reason",
                                "Số liệu thấp còi chưa khớp báo cáo của trạm y tế")),
                "so.yte.hue",
                status().isOk());
        String home = html("/", "xa.khetre");
        assertThat(home)
                .contains(
                        "Việc của Xã Khe Tre năm 2025",
                        "Còn 56 chỉ tiêu chưa có số liệu",
                        "Cơ quan thẩm định trả lại 1 chỉ tiêu: hãy sửa và gửi lại",
                        "15.3 Tỷ lệ trẻ em dưới 5 tuổi",
                        "lý do: Số liệu thấp còi chưa khớp báo cáo của trạm y tế",
                        "href=\"/assessments/" + kheTre + "/" + SET + "/2025/values/15.3\"",
                        "Mở trang kết quả năm 2025");
        assertThat(html("/", "so.yte.hue"))
                .contains("Không có giá trị nào chờ xác nhận (bộ NTM-XA-2021-2025, năm 2025).");
    }
}
