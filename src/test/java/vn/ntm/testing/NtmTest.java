package vn.ntm.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AliasFor;

/**
 * The whole application as the tests start it: on the embedded test cluster ({@code target/pg-test}), in the
 * database {@code ntm_test} made afresh with the demo data when the context starts, with {@link
 * org.springframework.test.web.servlet.MockMvc}.
 *
 * <p>Spring keeps one context per distinct set-up for the whole run, so every class that says only {@code @NtmTest}
 * shares ONE application and ONE database: such a test leaves the demo data as a later class expects it (puts back
 * what it changed, or changes only what it made itself). A class that needs a database of its own (it counts rows
 * over the whole database, runs without the demo, or leaves it changed) or another setting says so with
 * {@code @TestPropertySource(properties = {"ntm.embedded-db.database=its_own", ...})}; each such distinct set-up
 * costs one more application start (several seconds), so reuse an existing one where it fits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        properties = {
            "ntm.embedded-db.data-dir=target/pg-test",
            "ntm.embedded-db.database=ntm_test",
            "ntm.embedded-db.fresh=true"
        })
@AutoConfigureMockMvc
public @interface NtmTest {

    /** {@code RANDOM_PORT} for tests that need a real server (a browser, parallel HTTP callers). */
    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
