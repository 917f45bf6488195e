package vn.ntm.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.scope.ScopeTable.Row;
import vn.ntm.testing.NtmTest;

/**
 * The scope matrix: every operation of the API's OpenAPI description and every state-changing route of the
 * screens, as every demo user and as nobody, on a target inside the user's scope, on a predecessor their unit was
 * formed from and outside (see {@link ScopeTable} for the expected answers and the rules, {@link Places} for the
 * targets). Real HTTP against the application on the demo data, with sessions and CSRF tokens as a browser has
 * them; every refusal is checked to leave the database as it was. A new endpoint without a row fails the test, as
 * does a row naming an endpoint that no longer exists.
 */
@NtmTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "ntm.embedded-db.database=scope_matrix")
class ScopeMatrixTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void every_operation_of_the_api_description_has_one_row_and_one_request_and_nothing_else_has() {
        Set<String> described = described();
        assertThat(described).as("operations in /v3/api-docs").hasSizeGreaterThan(60);
        Set<String> rows = ops(ScopeTable.API);
        assertThat(rows).as("rows of ScopeTable.API").hasSize(ScopeTable.API.size());
        assertThat(difference(described, rows))
                .as("operations without a row in ScopeTable.API: classify them")
                .isEmpty();
        assertThat(difference(rows, described))
                .as("rows of ScopeTable.API naming no operation")
                .isEmpty();
        assertThat(ApiProbes.all().keySet()).as("requests of ApiProbes").containsExactlyInAnyOrderElementsOf(rows);
        assertThat(apiMappings())
                .as("API routes the description leaves out (springdoc describes /api/** only)")
                .allSatisfy(route ->
                        assertThat(described).anySatisfy(op -> assertThat(op).startsWith(route)));
    }

    @Test
    void every_state_changing_route_of_the_screens_has_one_row_and_one_request_and_nothing_else_has() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean ours = method.getBeanType().getPackageName().startsWith("vn.ntm");
            if (!ours || methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                return; // reads, and the error page that answers any method
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    methods.forEach(m -> routes.add(m + " " + pattern));
                }
            }
        });
        assertThat(routes).as("state-changing routes of the screens").hasSizeGreaterThan(30);
        Set<String> rows = ops(ScopeTable.PAGES);
        assertThat(rows).as("rows of ScopeTable.PAGES").hasSize(ScopeTable.PAGES.size());
        assertThat(difference(routes, rows))
                .as("routes without a row in ScopeTable.PAGES: classify them")
                .isEmpty();
        assertThat(difference(rows, routes))
                .as("rows of ScopeTable.PAGES naming no route")
                .isEmpty();
        assertThat(PageProbes.all().keySet()).as("requests of PageProbes").containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void every_user_reads_and_changes_only_what_their_scope_and_role_allow_and_a_refusal_changes_nothing() {
        long start = System.currentTimeMillis();
        MatrixRun run = new MatrixRun(base(), jdbc);
        run.run(ScopeTable.PAGES, PageProbes.all());
        run.run(ScopeTable.API, ApiProbes.all());
        System.out.println(
                run.summary(ScopeTable.API.size(), ScopeTable.PAGES.size(), System.currentTimeMillis() - start));
        System.out.println("Chậm nhất / slowest:\n  " + run.slowest(12));
        run.surprises.forEach(s -> System.out.println("BẤT NGỜ / SURPRISE: " + s));
        assertThat(run.requests).as("requests made").isGreaterThan(1000);
        assertThat(run.refused).as("refusals checked").isGreaterThan(500);
        assertThat(run.surprises).as("answers that differ from ScopeTable").isEmpty();
    }

    /** "METHOD /path" of every operation described, with the content type when one path takes two kinds of body. */
    private Set<String> described() {
        Session anonymous = Session.anonymous(base());
        JsonNode doc = JsonMapper.shared()
                .readTree(anonymous.send(Session.Req.get("/v3/api-docs")).body());
        Set<String> ops = new TreeSet<>();
        doc.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    String key = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    List<String> types = new ArrayList<>();
                    op.getValue()
                            .path("requestBody")
                            .path("content")
                            .properties()
                            .forEach(t -> types.add(t.getKey()));
                    if (types.size() > 1) {
                        types.forEach(t -> ops.add(key + " (" + t + ")"));
                    } else {
                        ops.add(key);
                    }
                }));
        return ops;
    }

    /** "METHOD /api/path" of every handler of the controllers under /api/. */
    private Set<String> apiMappings() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean rest = AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
            for (String pattern : info.getPatternValues()) {
                if (rest && pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> routes.add(m + " " + pattern));
                }
            }
        });
        return routes;
    }

    private static Set<String> ops(List<Row> rows) {
        Set<String> ops = new TreeSet<>();
        rows.forEach(r -> ops.add(r.op()));
        return ops;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
