package vn.ntm.scope;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.scope.Places.Commune;
import vn.ntm.scope.Session.Answer;
import vn.ntm.scope.Session.Req;

/**
 * The things a request of the matrix is aimed at, found in the demo data or made for it through the API as the
 * administrator (or as the commune's officer where a person of the commune would make it): users, bodies, people,
 * positions, attributes, values in a given state, evidence, change requests, overlays and thresholds, indicators,
 * Excel previews. "fresh" ones are made anew for each request that uses them up (submitting, deleting, deciding).
 * Everything is made before the database is fingerprinted, so a refusal that changes nothing leaves it alike.
 */
final class Fixtures {

    static final String SET = "NTM-XA-2021-2025";
    static final String NEXT_SET = "NTM-XA-2026-2030";
    static final byte[] PDF = "%PDF-1.4\n% ma trận phạm vi\n".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;
    private final Function<String, Session> sessions;
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<String, Object> once = new HashMap<>();

    Fixtures(JdbcClient jdbc, Function<String, Session> sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /** A commune of the demo with its ids: the unit, the province it lay in that year. */
    record Spot(Commune commune, long unit, long province, String provinceCode) {

        int year() {
            return commune.year();
        }

        String day() {
            return commune.on().toString();
        }

        /** {@code /assessments/{unit}/{set}/{year}}, the prefix of the commune's assessment addresses. */
        String assessment() {
            return "/assessments/" + unit + "/" + SET + "/" + year();
        }
    }

    Spot spot(Commune c) {
        return cached(
                "spot " + c,
                () -> new Spot(c, unit(c.code(), c.on()), unit(c.provinceCode(), c.on()), c.provinceCode()));
    }

    /** Whether the commune is in force today (a form that names a unit by code finds it). */
    boolean inForceToday(Spot s) {
        return jdbc.sql("select valid_to is null from admin_unit where id = ?")
                .param(s.unit())
                .query(Boolean.class)
                .single();
    }

    long unit(String code, LocalDate on) {
        return jdbc.sql("""
                        select u.id from admin_unit u where u.code = ? and u.level in ('PROVINCE', 'COMMUNE')
                          and u.valid_from <= ? and (u.valid_to is null or u.valid_to > ?)""").params(code, on, on).query(Long.class).single();
    }

    int next() {
        return serial.incrementAndGet();
    }

    // --- users -----------------------------------------------------------------------------------------------------

    /** The name of the fixture user bound to the commune (visible to whoever may read the commune). */
    String username(Spot s) {
        return "matran." + s.commune().code() + "." + s.year();
    }

    long user(Spot s) {
        return cached("user " + username(s), () -> newUser(s, username(s)));
    }

    long freshUser(Spot s) {
        return newUser(s, "matran.moi." + next());
    }

    private long newUser(Spot s, String username) {
        return admin(Req.json(
                        "POST",
                        "/api/v1/users",
                        json(Map.of(
                                "username",
                                username,
                                "role",
                                "COMMUNE_OFFICER",
                                "unitId",
                                s.unit(),
                                "password",
                                "Ma-tran-pham-vi-2026",
                                "reason",
                                "ma trận phạm vi"))))
                .path("user")
                .path("id")
                .asLong();
    }

    int userVersion(long id) {
        return jdbc.sql("select version from app_user where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    // --- bodies, people, positions ---------------------------------------------------------------------------------

    long body(Spot s) {
        return cached(
                "body " + s.unit(),
                () -> jdbc.sql("select min(id) from body where unit_id = ?")
                        .param(s.unit())
                        .query(Long.class)
                        .optional()
                        .orElseGet(() -> freshBody(s)));
    }

    long freshBody(Spot s) {
        return admin(Req.json(
                        "POST",
                        "/api/v1/bodies",
                        json(Map.of(
                                "unitId",
                                s.unit(),
                                "bodyType",
                                "HOI_NONG_DAN_XA",
                                "name",
                                "Hội Nông dân (ma trận " + next() + ")"))))
                .path("id")
                .asLong();
    }

    int bodyVersion(long id) {
        return jdbc.sql("select version from body where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    long person(Spot s) {
        return cached("person " + s.unit(), () -> freshPerson(s));
    }

    long freshPerson(Spot s) {
        return admin(Req.json(
                        "POST",
                        "/api/v1/people",
                        json(Map.of("unitId", s.unit(), "fullName", "Người thử " + next() + " (ma trận)"))))
                .path("id")
                .asLong();
    }

    long freshPosition(Spot s) {
        return admin(Req.json(
                        "POST",
                        "/api/v1/people/" + person(s) + "/positions",
                        json(Map.of("bodyId", body(s), "title", "Cán bộ " + next(), "validFrom", "2024-01-01"))))
                .path("id")
                .asLong();
    }

    int positionVersion(long id) {
        return jdbc.sql("select version from person_position where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    // --- unit attributes -------------------------------------------------------------------------------------------

    long attribute(Spot s) {
        return cached(
                "attribute " + s.unit(),
                () -> jdbc.sql("select min(id) from unit_attribute where unit_id = ?")
                        .param(s.unit())
                        .query(Long.class)
                        .optional()
                        .orElseGet(() -> admin(Req.json(
                                        "POST",
                                        "/api/v1/units/" + s.unit() + "/attributes",
                                        json(Map.of(
                                                "attribute",
                                                "COMMUNE_GROUP",
                                                "value",
                                                "2",
                                                "validFrom",
                                                s.commune()
                                                        .on()
                                                        .withDayOfYear(1)
                                                        .toString(),
                                                "validTo",
                                                s.day(),
                                                "reason",
                                                "ma trận phạm vi"))))
                                .path("id")
                                .asLong()));
    }

    Map<String, Object> attributeForm(long id) {
        return jdbc.sql("select value, valid_from, valid_to, version from unit_attribute where id = ?")
                .param(id)
                .query((rs, n) -> {
                    Map<String, Object> form = new LinkedHashMap<>();
                    form.put("value", rs.getString(1));
                    form.put("validFrom", rs.getDate(2).toLocalDate().toString());
                    if (rs.getDate(3) != null) {
                        form.put("validTo", rs.getDate(3).toLocalDate().toString());
                    }
                    form.put("version", rs.getInt(4));
                    form.put("reason", "ma trận phạm vi");
                    return form;
                })
                .single();
    }

    // --- values, evidence, change requests ---------------------------------------------------------------------

    /** The stored version of an indicator's value, or null when the commune has none yet. */
    Integer valueVersion(Spot s, String indicator) {
        return jdbc.sql("""
                        select v.version from assessment_value v join indicator i on i.id = v.indicator_id
                        join criteria_set cs on cs.id = v.set_id
                        where v.unit_id = ? and cs.code = ? and v.year = ? and i.code = ?""")
                .params(s.unit(), SET, s.year(), indicator)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    /** A body to save a value of the indicator: a new number at the stored version. */
    String valueBody(Spot s, String indicator) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", String.valueOf(30 + next() % 60));
        Integer version = valueVersion(s, indicator);
        if (version != null) {
            body.put("version", version);
        }
        return json(body);
    }

    /**
     * The fields of criterion 15's form as a browser sends them: every indicator (the form saves them all), the
     * stored answer where there is one, else a plain one; a new number for 15.4, so there is a change to save.
     */
    Map<String, Object> criterionFields(Spot s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.code, i.kind, v.numeric_value, v.met, v.version from indicator i
                        join criterion c on c.id = i.criterion_id join criteria_set cs on cs.id = i.set_id
                        left join assessment_value v on v.indicator_id = i.id and v.unit_id = ? and v.year = ?
                             and v.set_id = cs.id
                        where cs.code = ? and c.number = 15 order by i.sort""")
                .params(s.unit(), s.year(), SET)
                .query((rs, n) -> {
                    String code = rs.getString(1);
                    BigDecimal number = rs.getBigDecimal(3);
                    Object met = rs.getObject(4);
                    String value = "MEASURED".equals(rs.getString(2))
                            ? (code.equals("15.4")
                                    ? String.valueOf(30 + next() % 60)
                                    : number == null
                                            ? "50"
                                            : number.stripTrailingZeros()
                                                    .toPlainString()
                                                    .replace('.', ','))
                            : Boolean.FALSE.equals(met) ? "Không đạt" : "Đạt";
                    fields.put("value_" + code, value);
                    fields.put("orig_" + code, "");
                    if (rs.getObject(5) != null) {
                        fields.put("version_" + code, rs.getInt(5));
                    }
                    return code;
                })
                .list();
        return fields;
    }

    /** A value of criterion 15 (owned by Sở Y tế) entered anew by the administrator, submitted when asked. */
    long value(Spot s, boolean submitted) {
        String indicator = "15.1";
        long id = admin(Req.json("PUT", valueUrl(s, indicator), valueBody(s, indicator)))
                .path("value")
                .path("id")
                .asLong();
        if (submitted) {
            admin(Req.json(
                    "POST",
                    "/api/v1/assessment-values/" + id + "/submit",
                    json(Map.of("version", valueVersionById(id)))));
        }
        return id;
    }

    /** A value of the commune that stays as it is (read, its evidence, its trail). */
    long standingValue(Spot s) {
        return cached("value " + s.unit(), () -> value(s, false));
    }

    int valueVersionById(long id) {
        return jdbc.sql("select version from assessment_value where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    static String valueUrl(Spot s, String indicator) {
        return "/api/v1" + s.assessment() + "/values/" + indicator;
    }

    long evidence(Spot s) {
        return cached(
                "evidence " + s.unit(),
                () -> json(
                                admin().send(Req.multipart(
                                        "/api/v1/assessment-values/" + standingValue(s) + "/evidence",
                                        Map.of(),
                                        "bien-ban.pdf",
                                        PDF,
                                        false)),
                                "evidence upload")
                        .path("id")
                        .asLong());
    }

    /**
     * A change waiting for the leader: entry of the commune's province and year is closed, the commune's officer
     * (the administrator where the demo has none) saves with a reason, and entry is opened again.
     */
    long freshChangeRequest(Spot s) {
        String period = "/api/v1/entry-periods/" + SET + "/" + s.province() + "/" + s.year();
        admin(Req.json("PUT", period, json(Map.of("open", false, "reason", "ma trận: khóa để có đề nghị"))));
        try {
            String officer =
                    s.commune().officer() == null ? "admin" : s.commune().officer();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("value", String.valueOf(30 + next() % 60));
            body.put("changeReason", "Số liệu rà soát lại (ma trận)");
            Integer version = valueVersion(s, "15.3");
            if (version != null) {
                body.put("version", version);
            }
            return json(
                            sessions.apply(officer).send(Req.json("PUT", valueUrl(s, "15.3"), json(body))),
                            "change request by " + officer)
                    .path("pendingRequestId")
                    .asLong();
        } finally {
            admin(Req.json("PUT", period, json(Map.of("open", true, "reason", "ma trận: mở lại"))));
        }
    }

    // --- overlays, thresholds, indicators --------------------------------------------------------------------------

    /** The province's overlay of the 2021-2025 set (made by the administrator where the demo has none). */
    long overlay(Spot s) {
        return cached(
                "overlay " + s.province(),
                () -> jdbc.sql("""
                        select min(o.id) from criteria_overlay o join criteria_set cs on cs.id = o.set_id
                        where o.province_unit_id = ? and cs.code = ?""")
                        .params(s.province(), SET)
                        .query(Long.class)
                        .optional()
                        .orElseGet(() -> admin(Req.json(
                                        "POST",
                                        "/api/v1/criteria/overlays",
                                        json(Map.of(
                                                "set",
                                                SET,
                                                "provinceUnitId",
                                                s.province(),
                                                "decision",
                                                "MT-" + s.province() + "/2025 (ma trận)",
                                                "validFrom",
                                                provinceFrom(s)))))
                                .path("id")
                                .asLong()));
    }

    private String provinceFrom(Spot s) {
        return jdbc.sql("select valid_from from admin_unit where id = ?")
                .param(s.province())
                .query(LocalDate.class)
                .single()
                .toString();
    }

    /** A measured indicator and year for which the overlay has no threshold yet (a new one may be added there). */
    Map<String, Object> freeThreshold(long overlay) {
        List<String> percent = jdbc.sql("""
                        select i.code from indicator i join criteria_set cs on cs.id = i.set_id
                        where cs.code = ? and i.kind = 'MEASURED' and i.measure_unit = '%' order by i.sort""").param(SET).query(String.class).list();
        for (int year = 2021; year <= 2025; year++) {
            for (String code : percent) {
                boolean taken = jdbc.sql("""
                                select count(*) from threshold t join indicator i on i.id = t.indicator_id
                                where t.overlay_id = ? and i.code = ? and t.year = ? and t.key = '*'""")
                                .params(overlay, code, year)
                                .query(Integer.class)
                                .single()
                        > 0;
                if (!taken && once.putIfAbsent("slot " + overlay + " " + code + " " + year, true) == null) {
                    Map<String, Object> form = new LinkedHashMap<>();
                    form.put("indicator", code);
                    form.put("key", "*");
                    form.put("year", year);
                    form.put("value", "50");
                    form.put("reason", "ma trận phạm vi");
                    return form;
                }
            }
        }
        throw new IllegalStateException("no free threshold left in overlay " + overlay);
    }

    /** A threshold of the province's overlay, looked up each time: applying an overlay sheet replaces them. */
    long threshold(Spot s) {
        return jdbc.sql("select min(id) from threshold where overlay_id = ?")
                .param(overlay(s))
                .query(Long.class)
                .optional()
                .orElseGet(() -> freshThreshold(s));
    }

    long freshThreshold(Spot s) {
        long overlay = overlay(s);
        return admin(Req.json(
                        "POST", "/api/v1/criteria/overlays/" + overlay + "/thresholds", json(freeThreshold(overlay))))
                .path("id")
                .asLong();
    }

    /** A change of the threshold that keeps its value, at its version. */
    Map<String, Object> thresholdForm(long id) {
        return jdbc.sql("select value, version from threshold where id = ?")
                .param(id)
                .query((rs, n) -> {
                    Map<String, Object> form = new LinkedHashMap<>();
                    form.put("value", rs.getBigDecimal(1).stripTrailingZeros().toPlainString());
                    form.put("version", rs.getInt(2));
                    form.put("reason", "ma trận phạm vi");
                    return form;
                })
                .single();
    }

    /** The version of the overlay's owner of a criterion (null while the product's suggestion applies). */
    Integer ownerVersion(long overlay, int criterion) {
        return jdbc.sql("""
                        select o.version from overlay_owner o join criterion c on c.id = o.criterion_id
                        where o.overlay_id = ? and c.number = ?""")
                .params(overlay, criterion)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    long indicator(String code) {
        return jdbc.sql("""
                        select i.id from indicator i join criteria_set cs on cs.id = i.set_id
                        where cs.code = ? and i.code = ?""").params(SET, code).query(Long.class).single();
    }

    /** A new indicator of the 2026-2030 set, no value uses it (so it may be changed or removed). */
    long freshIndicator() {
        return admin(Req.json(
                        "POST",
                        "/api/v1/criteria/sets/" + NEXT_SET + "/indicators",
                        json(indicatorDraft(indicatorCode(next())))))
                .path("indicator")
                .path("id")
                .asLong();
    }

    // --- calendar --------------------------------------------------------------------------------------------------

    /**
     * A weekday of a far year (2140 on) not yet in the calendar, for a request that enters it: made up, not a real
     * holiday.
     */
    LocalDate freeCalendarWeekday() {
        LocalDate day = LocalDate.of(2140, 1, 1).plusDays(3L * next());
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A day off entered by the administrator (made up, in a far year), for a request that removes it. */
    LocalDate enteredCalendarDay() {
        LocalDate day = freeCalendarWeekday();
        admin(Req.json(
                "PUT",
                "/api/v1/calendar/days/" + day,
                json(Map.of("kind", "HOLIDAY", "name", "Ngày của ma trận (không có thật)"))));
        return day;
    }

    /** A code of the indicator pattern ("5.61.10": at most two digits a part) no set of the demo uses. */
    static String indicatorCode(int n) {
        return "5." + (60 + n / 90 % 40) + "." + (10 + n % 90);
    }

    static Map<String, Object> indicatorDraft(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("criterion", 5);
        body.put("code", code);
        body.put("textVi", "Chỉ tiêu thử của ma trận phạm vi " + code);
        body.put("kind", "Định lượng");
        body.put("measureUnit", "%");
        body.put("comparison", "≥");
        body.put("minValue", "0");
        body.put("maxValue", "100");
        body.put("source", Map.of("document", "Quyết định 51/2025/QĐ-TTg (kiểm thử)", "date", "2025-12-29"));
        body.put("thresholds", List.of(Map.of("key", "*", "value", "80")));
        body.put("reason", "ma trận phạm vi");
        return body;
    }

    int indicatorVersion(long id) {
        return jdbc.sql("select version from indicator where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    int setVersion(String code) {
        return jdbc.sql("select version from criteria_set where code = ?")
                .param(code)
                .query(Integer.class)
                .single();
    }

    String indicatorCode(long id) {
        return jdbc.sql("select code from indicator where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    // --- Excel ------------------------------------------------------------------------------------------------------

    /** The commune's template as the administrator downloads it (every value filled in as stored). */
    byte[] template(Spot s) {
        return cached(
                "template " + s.unit(),
                () -> admin().download("/api/v1/exchange/" + SET + "/" + s.year() + "/template?unit=" + s.unit()));
    }

    /** A preview of the commune's unchanged template, uploaded by {@code owner}; its token. */
    String exchangeToken(String owner, Spot s, String progress) {
        String path = "/api/v1/exchange/" + SET + "/" + s.year() + "/uploads"
                + (progress == null ? "" : "?progress=" + progress);
        return json(
                        sessions.apply(owner).send(Req.multipart(path, Map.of(), "mau.xlsx", template(s), false)),
                        "exchange upload by " + owner)
                .path("token")
                .asString();
    }

    byte[] setSheet() {
        return cached("set sheet", () -> admin().download("/api/v1/exchange/catalog/sets/" + NEXT_SET + "/template"));
    }

    byte[] overlaySheet(long overlay) {
        return cached(
                "overlay sheet " + overlay,
                () -> admin().download("/api/v1/exchange/catalog/overlays/" + overlay + "/template"));
    }

    /** A preview of a catalog sheet made by {@code owner}: the overlay's (or the 2026-2030 set's when null). */
    String catalogToken(String owner, Long overlay) {
        Req upload = overlay == null
                ? Req.multipart(
                        "/api/v1/exchange/catalog/sets/" + NEXT_SET + "/uploads",
                        Map.of(),
                        "bo.xlsx",
                        setSheet(),
                        false)
                : Req.multipart(
                        "/api/v1/exchange/catalog/overlays/" + overlay + "/uploads",
                        Map.of(),
                        "tinh.xlsx",
                        overlaySheet(overlay),
                        false);
        return json(sessions.apply(owner).send(upload), "catalog upload by " + owner)
                .path("token")
                .asString();
    }

    /** The JSON export of the overlay, as its authors download it to import again. */
    byte[] overlayFile(long overlay) {
        return cached(
                "overlay file " + overlay, () -> admin().download("/api/v1/criteria/overlays/" + overlay + "/file"));
    }

    byte[] setFile(String code) {
        return cached("set file " + code, () -> admin().download("/api/v1/criteria/sets/" + code + "/file"));
    }

    /** A row of the 2025 mapping left open for the administrator (the demo's own mapping leaves none). */
    String openMappingRow() {
        return cached("mapping row", () -> {
            long run = jdbc.sql("""
                            select id from unit_import where kind = 'UNIT_MAPPING' and outcome in ('APPLIED', 'UNCHANGED')
                            order by id desc limit 1""").query(Long.class).single();
            // the product keys a row by the SHA-256 of its content (MappingRow.key): the same here, so it finds it
            String identity = String.join(
                    "\u001F",
                    "",
                    "Phường Trần Tế Xương",
                    "Thành phố Nam Định",
                    "Tỉnh Nam Định",
                    "20161",
                    "Xã Khe Tre",
                    "Thành phố Huế");
            String key;
            try {
                key = HexFormat.of()
                        .formatHex(
                                MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            jdbc.sql("""
                            insert into unit_mapping_open_row (import_id, row_no, row_key, old_name, old_district,
                                old_province, new_code, new_name, new_province, reason_key, reason_args)
                            values (?, 9999, ?, 'Phường Trần Tế Xương', 'Thành phố Nam Định', 'Tỉnh Nam Định', '20161',
                                'Xã Khe Tre', 'Thành phố Huế', 'mapping.unresolved.notInAnyList',
                                array['Phường Trần Tế Xương', 'Thành phố Nam Định', 'Tỉnh Nam Định', '30/06/2025'])
                            on conflict do nothing""").params(run, key).update();
            return key;
        });
    }

    // --- plumbing ---------------------------------------------------------------------------------------------------

    Session admin() {
        return sessions.apply("admin");
    }

    private JsonNode admin(Req req) {
        return json(admin().send(req), req.toString());
    }

    static JsonNode json(Answer answer, String what) {
        if (answer.status() >= 300) {
            throw new IllegalStateException("fixture " + what + " refused: " + answer + " " + answer.body());
        }
        return JsonMapper.shared().readTree(answer.body());
    }

    static String json(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> make) {
        Object found = once.get(key);
        if (found == null) {
            found = make.get();
            once.put(key, found);
        }
        return (T) found;
    }
}
