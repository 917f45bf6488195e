package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.ntm.testing.Api;
import vn.ntm.testing.NtmTest;

/**
 * A required request parameter or file part left out, in the whole application (security, every advice, the real
 * controllers): the answer names what is missing, in Vietnamese by default and in English when asked, not the
 * generic "bad request".
 */
@NtmTest
class MissingParameterTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_missing_required_number_parameter_is_named_in_vietnamese_and_in_english() throws Exception {
        Api api = new Api(mvc);
        JsonNode vi = api.call(get("/api/v1/change-requests"), "admin", Api.problem(status().isBadRequest()));
        assertThat(vi.path("code").asString()).isEqualTo("error.missingParameter");
        Api.assertProblem(vi, "unitId", "Thiếu tham số bắt buộc \"unitId\".");

        JsonNode en = api.call(
                get("/api/v1/change-requests").header("Accept-Language", "en"),
                "admin",
                Api.problem(status().isBadRequest()));
        Api.assertProblem(en, "unitId", "Required parameter \"unitId\" is missing.");
    }

    @Test
    void a_missing_file_part_is_named_in_vietnamese_and_in_english() throws Exception {
        Api api = new Api(mvc);
        MockMultipartFile other = new MockMultipartFile("other", "note.txt", "text/plain", new byte[] {1});
        JsonNode vi = api.call(
                multipart("/api/v1/assessment-values/1/evidence").file(other),
                "admin",
                Api.problem(status().isBadRequest()));
        assertThat(vi.path("code").asString()).isEqualTo("error.missingParameter");
        Api.assertProblem(vi, "file", "Thiếu tham số bắt buộc \"file\".");

        JsonNode en = api.call(
                multipart("/api/v1/assessment-values/1/evidence").file(other).header("Accept-Language", "en"),
                "admin",
                Api.problem(status().isBadRequest()));
        Api.assertProblem(en, "file", "Required parameter \"file\" is missing.");
    }
}
