package vn.ntm.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.access.DemoUsers;

/** Calls the JSON API as a demo user and reads the answer, for tests. */
public record Api(MockMvc mvc) {

    public JsonNode call(AbstractMockHttpServletRequestBuilder<?> request, String user, ResultMatcher expected)
            throws Exception {
        String body = mvc.perform(request.with(httpBasic(user, DemoUsers.PASSWORD))).andExpect(expected).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? JsonMapper.shared().nullNode() : JsonMapper.shared().readTree(body);
    }

    public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(JsonMapper.shared().writeValueAsString(body));
    }
}
