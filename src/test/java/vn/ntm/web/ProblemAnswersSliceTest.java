package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.testing.Api;
import vn.ntm.text.Messages;

/**
 * The API's problem answers in a web slice (no database, no application start): the MVC layer with the real
 * {@link ProblemResponses}, {@link Problems}, message bundles and language rule, in front of a small API controller
 * of the test's own. What the answers say, in which language, naming which field. Security is the full
 * application's business ({@code BadInputRefusedTest}, {@code ProblemShapeTest}); here its filters are left out.
 */
@WebMvcTest(
        controllers = ProblemAnswersSliceTest.Sample.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.ntm\\.(access|unit|demo)\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({ProblemAnswersSliceTest.Sample.class, Problems.class, Messages.class})
class ProblemAnswersSliceTest {

    /** An API controller as the modules write them: parameters read by Spring, refusals as exceptions. */
    @ApiController("/api/v1/slice")
    static class Sample {

        @GetMapping("/count")
        Map<String, Object> count(@RequestParam int n) {
            return Map.of("n", n);
        }

        @GetMapping("/two-problems")
        Map<String, Object> twoProblems() {
            throw new BadInputException(List.of(
                    new FieldProblem("n", "error.missingParameter", new Object[] {"n"}),
                    new FieldProblem("day", "error.badParameter", new Object[] {"day", "31/2/2026"})));
        }
    }

    @Autowired
    MockMvc mvc;

    JsonNode problem(MvcResult result) throws Exception {
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        return JsonMapper.shared().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void an_answer_that_is_not_a_problem_passes_untouched() throws Exception {
        String body = mvc.perform(get("/api/v1/slice/count").param("n", "7"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonMapper.shared().readTree(body).path("n").asInt()).isEqualTo(7);
    }

    static final String NOT_A_NUMBER_VI =
            "Giá trị \"bảy\" của tham số \"n\" không hợp lệ (ngày ghi dạng 30/4/2026 " + "hoặc 2026-04-30).";

    @Test
    void a_parameter_that_is_not_a_number_is_a_400_problem_in_vietnamese_naming_it_and_what_was_sent()
            throws Exception {
        JsonNode body = problem(mvc.perform(get("/api/v1/slice/count").param("n", "bảy"))
                .andExpect(status().isBadRequest())
                .andReturn());
        Api.assertProblem(body, "n", NOT_A_NUMBER_VI);
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("code").asString()).isEqualTo("error.badParameter");
        assertThat(body.path("instance").asString()).isEqualTo("/api/v1/slice/count");
    }

    @Test
    void a_program_that_asks_english_gets_the_same_problem_in_english() throws Exception {
        JsonNode body = problem(
                mvc.perform(get("/api/v1/slice/count").param("n", "bảy").header("Accept-Language", "en-GB,en;q=0.8"))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        Api.assertProblem(
                body, "n", "Value \"bảy\" of parameter \"n\" is not valid (dates as 30/4/2026 or " + "2026-04-30).");
    }

    @Test
    void a_language_neither_vietnamese_nor_english_falls_back_to_vietnamese() throws Exception {
        JsonNode body =
                problem(mvc.perform(get("/api/v1/slice/count").param("n", "bảy").header("Accept-Language", "fr-FR,fr"))
                        .andExpect(status().isBadRequest())
                        .andReturn());
        Api.assertProblem(body, "n", NOT_A_NUMBER_VI);
    }

    @Test
    void several_problems_of_one_request_are_listed_field_by_field_in_the_callers_language() throws Exception {
        JsonNode body = problem(mvc.perform(get("/api/v1/slice/two-problems").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andReturn());
        Api.assertProblem(body, "n", "Required parameter \"n\" is missing.");
        assertThat(body.path("code").asString()).isEqualTo("error.missingParameter");
        assertThat(body.path("instance").asString()).isEqualTo("/api/v1/slice/two-problems");
        assertThat(body.path("errors")).hasSize(2);
        assertThat(body.path("errors").get(0).path("field").asString()).isEqualTo("n");
        assertThat(body.path("errors").get(0).path("message").asString())
                .isEqualTo("Required parameter \"n\" is missing.");
        assertThat(body.path("errors").get(1).path("field").asString()).isEqualTo("day");
        assertThat(body.path("errors").get(1).path("message").asString())
                .isEqualTo("Value \"31/2/2026\" of parameter \"day\" is not valid (dates as 30/4/2026 or 2026-04-30).");
    }
}
