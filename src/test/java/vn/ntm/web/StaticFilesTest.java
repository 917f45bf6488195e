package vn.ntm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.DigestUtils;
import vn.ntm.testing.NtmTest;

/**
 * Pages name their style sheet and scripts by a hash of the content, those names are cached for a year, the plain
 * names only with revalidation, pages never (the same test context as PagesTest, so no second database).
 */
@NtmTest
class StaticFilesTest {

    static final String YEAR = "max-age=31536000, public, immutable";

    @Autowired
    MockMvc mvc;

    @Test
    void the_style_sheet_is_named_by_its_content_and_kept_for_a_year_while_the_page_is_never_stored() throws Exception {
        String login = mvc.perform(get("/login"))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher css =
                Pattern.compile("href=\"(/css/app-([0-9a-f]{32})\\.css)\"").matcher(login);
        assertThat(css.find()).as("hashed style sheet in the login page").isTrue();
        String md5 = DigestUtils.md5DigestAsHex(new ClassPathResource("static/css/app.css").getContentAsByteArray());
        assertThat(css.group(2)).as("the name carries the content's hash").isEqualTo(md5);

        mvc.perform(get(css.group(1))).andExpect(status().isOk()).andExpect(header().string("Cache-Control", YEAR));
        mvc.perform(get("/css/app.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"));
        String stale = "/css/app-" + "0".repeat(32) + ".css";
        String refused = mvc.perform(get(stale))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getHeader("Cache-Control");
        assertThat(refused)
                .as("a name whose hash does not match is never cached")
                .doesNotContain("immutable");
    }

    @Test
    void htmx_comes_from_the_web_jar_of_the_version_in_the_build_under_a_hashed_name() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version =
                Pattern.compile("<htmx.version>([^<]+)</htmx.version>").matcher(pom);
        assertThat(version.find()).isTrue();
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher script = Pattern.compile("src=\"(/webjars/htmx\\.org/([^/]+)/dist/htmx\\.min-[0-9a-f]{32}\\.js)\"")
                .matcher(login);
        assertThat(script.find()).as("hashed htmx in the layout").isTrue();
        assertThat(script.group(2))
                .as("layout.html and pom.xml name the same htmx")
                .isEqualTo(version.group(1));
        mvc.perform(get(script.group(1))).andExpect(status().isOk()).andExpect(header().string("Cache-Control", YEAR));
        mvc.perform(get("/webjars/htmx.org/" + version.group(1) + "/dist/htmx.min.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"));
    }
}
