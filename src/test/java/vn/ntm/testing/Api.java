package vn.ntm.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.DemoUsers;

/** Calls the JSON API as a demo user and reads the answer, for tests. */
public record Api(MockMvc mvc) {

    public JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        String body = mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty()
                ? JsonMapper.shared().nullNode()
                : JsonMapper.shared().readTree(body);
    }

    public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(JsonMapper.shared().writeValueAsString(body));
    }

    /** The response has this status and is problem+json. */
    public static ResultMatcher problem(ResultMatcher status) {
        ResultMatcher problemJson =
                MockMvcResultMatchers.content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        return result -> {
            status.match(result);
            problemJson.match(result);
        };
    }

    /** The problem names this field (or none) and says exactly this. */
    public static void assertProblem(JsonNode body, String field, String detail) {
        Assertions.assertThat(body.path("detail").asString()).isEqualTo(detail);
        if (field == null) {
            Assertions.assertThat(body.has("field")).as("no field in %s", body).isFalse();
        } else {
            Assertions.assertThat(body.path("field").asString()).isEqualTo(field);
        }
    }

    /** The id of the unit carrying {@code code} on {@code date} (ISO), looked up as the administrator. */
    public long unitId(String code, String date) throws Exception {
        return call(
                        MockMvcRequestBuilders.get("/api/v1/units/code/" + code).param("date", date),
                        "admin",
                        MockMvcResultMatchers.status().isOk())
                .get("id")
                .asLong();
    }

    /** The id of a demo place ({@link DemoPlaces}) on its day, looked up as the administrator. */
    public long unitId(DemoPlaces.Place place) throws Exception {
        return unitId(place.code(), place.date());
    }

    /**
     * A server-rendered page in a language, as a signed-in user; it must answer 200. {@code ?lang=} saves the
     * language to the user's account, so after another language the account is put back to Vietnamese: the
     * tests that follow read the user's pages as they would without the switch.
     */
    public String page(String url, String user, String lang) throws Exception {
        String page = mvc.perform(
                        MockMvcRequestBuilders.get(url).param("lang", lang).with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        if (!"vi".equals(lang)) {
            vietnamese(user);
        }
        return page;
    }

    /** Puts the user's language setting back to Vietnamese (the way a user does: {@code ?lang=vi}). */
    public void vietnamese(String user) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/account")
                        .param("lang", "vi")
                        .with(httpBasic(user, DemoUsers.PASSWORD)))
                .andExpect(MockMvcResultMatchers.status().isOk());
    }
}
