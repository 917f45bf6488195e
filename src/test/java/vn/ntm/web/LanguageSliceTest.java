package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.text.Messages;

/**
 * The language rule before anyone signs in, in the web slice of {@link ProblemAnswersSliceTest} (the same set-up,
 * so the same cached context): {@code ?lang=} answers in that language and keeps it in a cookie for a year; the
 * cookie alone then decides; a language the product does not speak is Vietnamese. The signed-in user's own
 * setting is {@code LanguageRuleTest}'s (it needs the database).
 */
@WebMvcTest(
        controllers = ProblemAnswersSliceTest.Sample.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.ntm\\.(access|unit|demo)\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({ProblemAnswersSliceTest.Sample.class, Problems.class, Messages.class})
class LanguageSliceTest {

    @Autowired
    MockMvc mvc;

    static final String ENGLISH = "Value \"bảy\" of parameter \"n\" is not valid (dates as 30/4/2026 or 2026-04-30).";
    static final String VIETNAMESE = ProblemAnswersSliceTest.NOT_A_NUMBER_VI;

    MockHttpServletResponse refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.param("n", "bảy"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse();
    }

    static String detail(MockHttpServletResponse response) throws Exception {
        return JsonMapper.shared()
                .readTree(response.getContentAsString(StandardCharsets.UTF_8))
                .path("detail")
                .asString();
    }

    @Test
    void lang_en_answers_in_english_and_keeps_the_choice_in_a_cookie_for_a_year() throws Exception {
        MockHttpServletResponse response = refused(get("/api/v1/slice/count").param("lang", "en"));
        assertThat(detail(response)).isEqualTo(ENGLISH);
        assertThat(response.getHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("ntm-lang=en;")
                        .contains("Path=/", "Max-Age=31536000", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void the_cookie_alone_decides_when_the_request_names_no_language() throws Exception {
        assertThat(detail(refused(get("/api/v1/slice/count").cookie(new Cookie("ntm-lang", "en")))))
                .isEqualTo(ENGLISH);
        assertThat(detail(refused(get("/api/v1/slice/count").cookie(new Cookie("ntm-lang", "vi")))))
                .isEqualTo(VIETNAMESE);
    }

    @Test
    void with_nothing_said_the_answer_is_vietnamese() throws Exception {
        assertThat(detail(refused(get("/api/v1/slice/count")))).isEqualTo(VIETNAMESE);
    }

    @Test
    void a_language_the_product_does_not_speak_is_answered_and_kept_as_vietnamese() throws Exception {
        MockHttpServletResponse response = refused(get("/api/v1/slice/count").param("lang", "fr"));
        assertThat(detail(response)).isEqualTo(VIETNAMESE);
        assertThat(response.getHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("ntm-lang=vi;"));
    }
}
