package vn.ntm.scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.access.DemoUsers;
import vn.ntm.scope.Places.Commune;
import vn.ntm.scope.Places.Place;
import vn.ntm.scope.Places.Who;
import vn.ntm.scope.Probe.Builder;
import vn.ntm.scope.Probe.Ctx;
import vn.ntm.scope.ScopeTable.Row;
import vn.ntm.scope.Session.Answer;

/**
 * Runs the rows of {@link ScopeTable}: every operation as every demo user and as nobody, inside the scope, on a
 * predecessor and outside, and checks each answer against the table's rules. Every request expected to be refused
 * is sent between two fingerprints of the database, which must be alike. What does not match is a surprise.
 */
final class MatrixRun {

    private final String base;
    private final JdbcClient jdbc;
    private final Fingerprint fingerprint;
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, String> passwordHashes = new HashMap<>();
    private final Fixtures data;
    private Map<String, String> known;
    private long knownAt;

    final List<String> surprises = new ArrayList<>();
    final Map<String, Integer> answers = new TreeMap<>();
    final Map<String, Long> rowMillis = new HashMap<>();
    int requests;
    int allowed;
    int refused;
    int fingerprints;

    MatrixRun(String base, JdbcClient jdbc) {
        this.base = base;
        this.jdbc = jdbc;
        this.fingerprint = new Fingerprint(jdbc);
        this.data = new Fixtures(jdbc, this::session);
        for (Who who : Places.USERS) {
            passwordHashes.put(
                    who.user(),
                    jdbc.sql("select password_hash from app_user where username = ?")
                            .param(who.user())
                            .query(String.class)
                            .single());
            sessions.put(who.user(), Session.signIn(base, who.user(), DemoUsers.PASSWORD));
        }
        sessions.put(null, Session.anonymous(base));
    }

    Session session(String user) {
        return sessions.get(user);
    }

    /** What one request must answer. */
    private record Expect(String token, String marker) {}

    void run(List<Row> rows, Map<String, Builder> probes) {
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(Row::last));
        for (Row row : ordered) {
            Builder builder = probes.get(row.op());
            List<Who> callers = new ArrayList<>(Places.USERS);
            callers.add(Places.ANONYMOUS);
            long start = System.nanoTime();
            for (Who who : callers) {
                for (Map.Entry<Place, Commune> target : targets(row, who)) {
                    probe(row, builder, who, target.getKey(), target.getValue());
                }
            }
            rowMillis.put(row.op(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The places a row is tried at for a caller, in order; each with its commune. */
    private static List<Map.Entry<Place, Commune>> targets(Row row, Who who) {
        List<Map.Entry<Place, Commune>> targets = new ArrayList<>();
        targets.add(Map.entry(Place.IN, who.in()));
        if (who.anonymous()) {
            return targets;
        }
        switch (row.kind()) {
            case UNIT, LIST -> {
                if (who.predecessor() != null) {
                    targets.add(Map.entry(Place.PREDECESSOR, who.predecessor()));
                }
                who.out().forEach(c -> targets.add(Map.entry(Place.OUT, c)));
            }
            case OWN, OWN_HIDDEN -> targets.add(Map.entry(Place.OUT, who.in()));
            case CATALOG, SELF -> {}
        }
        return targets;
    }

    private Expect expect(Row row, Who who, Place place) {
        if (who.anonymous()) {
            return new Expect(row.api() ? "401" : "login", null);
        }
        String inside = row.expected(Places.USERS.indexOf(who));
        boolean reads = row.op().startsWith("GET ");
        return switch (place) {
            case IN -> new Expect(inside, null);
            case PREDECESSOR -> new Expect(reads ? inside : "403", null);
            case OUT ->
                new Expect(
                        switch (row.kind()) {
                            case LIST -> "filtered";
                            case OWN_HIDDEN -> "404";
                            default -> "403";
                        },
                        null);
        };
    }

    private void probe(Row row, Builder builder, Who who, Place place, Commune commune) {
        Ctx ctx = new Ctx(who, place, data.spot(commune), data);
        Expect expect = expect(row, who, place);
        String where = row.op() + " as " + who + " " + place + " " + commune.name() + " " + commune.year();
        Probe probe;
        try {
            probe = builder.build(ctx);
        } catch (RuntimeException e) {
            surprises.add(where + ": could not aim the request: " + e.getMessage());
            return;
        }
        if (probe == null) {
            // a form naming a unit by its code alone cannot name a commune that ended: nothing to aim at there
            if (!expect.token().equals("-") && place == Place.IN) {
                surprises.add(where + ": nothing to aim at, expected " + expect.token());
            }
            return;
        }
        if (expect.token().equals("-")) {
            surprises.add(where + ": the table says nothing to aim at, but a request was made");
            return;
        }
        boolean refusal = !expect.token().equals("ok");
        Map<String, String> before = refusal ? stateBefore() : null;
        Answer answer = session(who.user()).send(probe.req());
        requests++;
        answers.merge(label(answer), 1, Integer::sum);
        String problem = check(expect, probe, answer, who, place, row);
        if (refusal) {
            List<String> changed = changedSince(before);
            if (!changed.isEmpty()) {
                problem = (problem == null ? "" : problem + "; ") + "the database changed: " + changed;
            }
            refused++;
        } else {
            allowed++;
        }
        if (problem != null) {
            surprises.add(where + " (" + probe.req() + "): " + problem);
        }
        if (row.last() && !who.anonymous()) {
            restore(who.user());
        }
    }

    /**
     * The database as it stands: fingerprinted anew only when some transaction wrote since the last fingerprint
     * (fixtures made for the next request, an allowed change); the transaction id is read before the fingerprint, so
     * a write during it is never missed, at worst fingerprinted once more.
     */
    private Map<String, String> stateBefore() {
        long next = fingerprint.nextTransaction();
        if (known == null || next != knownAt) {
            knownAt = next;
            known = fingerprint.take();
            fingerprints++;
        }
        return known;
    }

    /** What changed since {@code before}: nothing when no transaction wrote, else a fresh fingerprint tells. */
    private List<String> changedSince(Map<String, String> before) {
        long next = fingerprint.nextTransaction();
        if (next == knownAt) {
            return List.of();
        }
        knownAt = next;
        known = fingerprint.take();
        fingerprints++;
        return Fingerprint.changed(before, known);
    }

    private String check(Expect expect, Probe probe, Answer answer, Who who, Place place, Row row) {
        String got = "got " + answer + " " + snippet(answer.body());
        boolean refusal = !expect.token().equals("ok")
                && !expect.token().equals("filtered")
                && !expect.token().equals("login");
        if (refusal && probe.req().page() && answer.status() != 403) {
            // a screen refuses on the page it shows (a message, the form again), never doing the change
            return shownError(answer, who) != null ? null : "expected a refusal (403 or a message), " + got;
        }
        if (expect.token().equals("403") && answer.status() != 403) {
            // a file of rows is refused row by row: each row outside the scope is named, nothing is written
            boolean rows = row.op().endsWith("/import") && place != Place.IN;
            return rows && answer.status() == 200 && answer.body().contains("\"outcome\":\"REJECTED\"")
                    ? null
                    : "expected 403, " + got;
        }
        return switch (expect.token()) {
            case "ok" -> {
                if (!answer.success()) {
                    yield "expected ok, " + got;
                }
                if (probe.marker() != null && !answer.body().contains(probe.marker())) {
                    yield "expected the list to hold " + probe.marker() + ", " + got;
                }
                String error = probe.req().page() ? shownError(answer, who) : null;
                yield error == null ? null : "the page shows an error: " + error;
            }
            case "filtered" ->
                answer.status() != 200
                        ? "expected a filtered list, " + got
                        : answer.body().contains(probe.marker())
                                ? "the list shows " + probe.marker() + " outside the scope"
                                : null;
            case "login" ->
                answer.status() == 302
                                && answer.location() != null
                                && answer.location().contains("/login")
                        ? null
                        : "expected the sign-in page, " + got;
            default ->
                String.valueOf(answer.status()).equals(expect.token())
                        ? null
                        : "expected " + expect.token() + ", " + got;
        };
    }

    /** An allowed form post shows no error: neither on the page it answers with nor on the one it leads to. */
    private String shownError(Answer answer, Who who) {
        String page = answer.body();
        if (answer.status() >= 300
                && answer.location() != null
                && !answer.location().contains("/login")) {
            String location = answer.location().replaceFirst("^https?://[^/]+", "");
            Answer next = session(who.user()).send(Session.Req.get(location));
            if (next.status() == 403 || next.status() == 404) {
                return "the page it leads to refuses: " + next.status();
            }
            page = next.body();
        }
        int at = page.indexOf("class=\"error\"");
        return at < 0 ? null : snippet(page.substring(at));
    }

    /** A changed password is put back, and the user signed in again (a product may end sessions on a change). */
    private void restore(String user) {
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false where username = ?")
                .params(passwordHashes.get(user), user)
                .update();
        sessions.put(user, Session.signIn(base, user, DemoUsers.PASSWORD));
    }

    private static String label(Answer answer) {
        return answer.status() == 302
                        && answer.location() != null
                        && answer.location().contains("/login")
                ? "302 sign-in"
                : String.valueOf(answer.status());
    }

    private static String snippet(String body) {
        String text = body == null
                ? ""
                : body.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        return text.length() > 220 ? text.substring(0, 220) + "…" : text;
    }

    /** The rows that took longest (fixtures included), for whoever wants the matrix faster. */
    String slowest(int n) {
        return rowMillis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(n)
                .map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining("\n  "));
    }

    /** The summary printed after a run, Vietnamese then English. */
    String summary(int operations, int routes, long millis) {
        Map<String, Integer> shown = new LinkedHashMap<>(answers);
        return String.format(
                """
                        Ma trận phạm vi: %d thao tác API + %d đường ghi của màn hình, %d người dùng mẫu + khách chưa đăng nhập
                          %d yêu cầu: %d được phép, %d bị từ chối (mỗi lần so dấu vân tay cơ sở dữ liệu trước/sau: %d lần)
                          theo mã trả lời: %s
                          bất ngờ: %d; thời gian: %,.1f giây
                        Scope matrix: %d API operations + %d state-changing screen routes, %d demo users + anonymous
                          %d requests: %d allowed, %d refused (database fingerprinted before and after each: %d times)
                          by answer: %s
                          surprises: %d; time: %,.1f s""",
                operations,
                routes,
                Places.USERS.size(),
                requests,
                allowed,
                refused,
                fingerprints,
                shown,
                surprises.size(),
                millis / 1000.0,
                operations,
                routes,
                Places.USERS.size(),
                requests,
                allowed,
                refused,
                fingerprints,
                shown,
                surprises.size(),
                millis / 1000.0);
    }
}
