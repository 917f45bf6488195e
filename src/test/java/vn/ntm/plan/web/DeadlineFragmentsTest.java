package vn.ntm.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.access.DemoUsers;
import vn.ntm.testing.NtmTest;

/** The live reading of a deadline field: the due moment in Vietnamese, the reason it is not one, the refusal. */
@NtmTest
class DeadlineFragmentsTest {

    @Autowired
    MockMvc mvc;

    String read(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void a_day_reads_as_its_due_moment_and_vague_words_as_no_deadline() throws Exception {
        assertThat(read(get("/deadlines/read").param("text", "***Trước ngày 25/4/2026***")))
                .contains("Hạn: trước 24:00 ngày 24/04/2026 (tức 00:00 ngày 25/04/2026)")
                .doesNotContain("<html");
        assertThat(read(get("/deadlines/read").param("text", "đến ngày 30/4/2026")))
                .contains("Hạn: trước 24:00 ngày 30/04/2026");
        assertThat(read(get("/deadlines/read").param("text", "thường xuyên")))
                .contains("Không phải thời hạn: «thường xuyên», «liên tục», «kịp thời» không phải thời hạn");
    }

    @Test
    void a_quarter_needs_a_year_and_words_not_understood_are_named() throws Exception {
        assertThat(read(get("/deadlines/read").param("text", "quý II")))
                .contains("«quý II» không nói năm nào: hãy ghi «quý II năm");
        assertThat(read(get("/deadlines/read").param("text", "quý II").param("year", "2024")))
                .contains("Hạn: trước 24:00 ngày 30/06/2024");
        assertThat(read(get("/deadlines/read").param("text", "khi có yêu cầu")))
                .contains("Không hiểu thời hạn «khi có yêu cầu». Hãy ghi như:");
        assertThat(read(get("/deadlines/read").param("text", "trước ngày 31/4/2026")))
                .contains("Ngày «31/4/2026» không có thật.");
    }

    @Test
    void working_days_count_from_the_anchor_and_warn_of_a_year_not_entered_in_full() throws Exception {
        // 2/3/2095 is a Wednesday (3, 4, 7, 8, 9 March); no day of 2095 is entered and the year is not marked complete
        assertThat(read(get("/deadlines/read")
                        .param("text", "trong 5 ngày làm việc")
                        .param("anchor", "02/03/2095")))
                .contains("Hạn: trước 24:00 ngày 09/03/2095")
                .contains("Lịch ngày nghỉ năm 2095 chưa được nhập đủ");
        assertThat(read(get("/deadlines/read").param("text", "trong 5 ngày làm việc")))
                .contains("Tính theo ngày làm việc từ ngày ban hành");
    }

    @Test
    void the_api_answers_the_reading_as_kept_and_refuses_as_problem_json() throws Exception {
        assertThat(read(get("/api/v1/deadlines/parse").param("text", "Trước ngày 25/4/2026.")))
                .contains("\"deadline\":\"OnDay\"", "\"bound\":\"BEFORE_DAY\"", "\"clear\":true")
                .contains("\"dueAt\":\"2026-04-25T00:00+07:00\"");
        assertThat(read(get("/api/v1/deadlines/parse").param("text", "thường xuyên")))
                .contains("\"clear\":false");
        String refused = HtmlUtils.htmlUnescape(mvc.perform(get("/api/v1/deadlines/parse")
                        .param("text", "quý II")
                        .with(httpBasic("xa.thuonglo", DemoUsers.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused).contains("«quý II» không nói năm nào", "\"field\":\"deadline\"");
    }
}
