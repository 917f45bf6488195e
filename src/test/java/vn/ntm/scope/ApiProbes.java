package vn.ntm.scope;

import static vn.ntm.scope.Fixtures.NEXT_SET;
import static vn.ntm.scope.Fixtures.SET;
import static vn.ntm.scope.Fixtures.json;
import static vn.ntm.scope.Probe.enc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ntm.access.DemoUsers;
import vn.ntm.scope.Places.Place;
import vn.ntm.scope.Probe.Builder;
import vn.ntm.scope.Probe.Ctx;
import vn.ntm.scope.Session.Req;

/**
 * The request the matrix sends for each operation of the OpenAPI description, aimed at the commune of the place
 * (its unit, its province that year, or something of it: a value, a body, a user...), with a body valid enough to
 * pass binding and the product's own checks, so that only the caller's role and scope decide.
 */
final class ApiProbes {

    private ApiProbes() {}

    /** Who may make Excel previews of values (the exchange module's rule), so has previews of their own. */
    private static final Set<String> UPLOADERS =
            Set.of("ADMIN", "PROVINCE_OFFICER", "COMMUNE_OFFICER", "COMMUNE_LEADER");

    private static final String REASON = "ma trận phạm vi";

    static Map<String, Builder> all() {
        Map<String, Builder> p = new LinkedHashMap<>();
        String v1 = "/api/v1";

        // units
        p.put(
                "GET /api/v1/units",
                c -> get(v1 + "/units?level=COMMUNE&date=" + c.spot().day())
                        .listing(c.spot().commune().name()));
        p.put(
                "GET /api/v1/units/search",
                c -> get(v1 + "/units/search?limit=50&q="
                                + enc(c.spot().commune().name()))
                        .listing(c.spot().commune().name()));
        p.put(
                "GET /api/v1/units/code/{code}",
                c -> get(v1 + "/units/code/" + c.spot().commune().code() + "?date="
                        + c.spot().day()));
        p.put(
                "GET /api/v1/units/code/{code}/all",
                c -> get(v1 + "/units/code/" + c.spot().commune().code() + "/all")
                        .listing(c.spot().commune().name()));
        p.put("GET /api/v1/units/{id}", c -> get(v1 + "/units/" + c.spot().unit()));
        p.put(
                "GET /api/v1/units/{id}/children",
                c -> get(v1 + "/units/" + c.spot().unit() + "/children?date="
                        + c.spot().day()));
        p.put(
                "GET /api/v1/units/{id}/ancestors",
                c -> get(v1 + "/units/" + c.spot().unit() + "/ancestors?date="
                        + c.spot().day()));
        p.put(
                "GET /api/v1/units/{id}/history",
                c -> get(v1 + "/units/" + c.spot().unit() + "/history"));
        p.put(
                "GET /api/v1/units/{id}/lineage",
                c -> get(v1 + "/units/" + c.spot().unit() + "/lineage"));
        p.put(
                "GET /api/v1/units/{id}/attributes",
                c -> get(v1 + "/units/" + c.spot().unit() + "/attributes"));
        p.put("POST /api/v1/units/{id}/attributes", c -> {
            LocalDate from = LocalDate.of(2040, 1, 1).plusDays(2L * c.data().next());
            return json(
                    "POST",
                    v1 + "/units/" + c.spot().unit() + "/attributes",
                    Map.of(
                            "attribute",
                            "COMMUNE_GROUP",
                            "value",
                            "1",
                            "validFrom",
                            from.toString(),
                            "validTo",
                            from.plusDays(1).toString(),
                            "reason",
                            REASON));
        });
        p.put("PUT /api/v1/units/attributes/{attributeId}", c -> {
            long id = c.data().attribute(c.spot());
            return json("PUT", v1 + "/units/attributes/" + id, c.data().attributeForm(id));
        });
        p.put(
                "POST /api/v1/units/imports",
                c -> multipart(v1 + "/units/imports?kind=ATTRIBUTES", "thuoc-tinh.csv", """
                ma,tu_ngay,den_ngay,thuoc_tinh,gia_tri,can_cu
                20185,01/11/2024,30/06/2025,vung,BTB,DEMO - Thừa Thiên Huế thuộc vùng Bắc Trung Bộ
                """));

        // users
        p.put("GET /api/v1/users/me", c -> get(v1 + "/users/me"));
        p.put(
                "POST /api/v1/users/me/password",
                c -> json(
                        "POST",
                        v1 + "/users/me/password",
                        Map.of(
                                "currentPassword",
                                DemoUsers.PASSWORD,
                                "newPassword",
                                "Mat-khau-ma-tran-" + c.data().next())));
        p.put("GET /api/v1/users", c -> {
            c.data().user(c.spot());
            return get(v1 + "/users").listing("\"" + c.data().username(c.spot()) + "\"");
        });
        p.put("GET /api/v1/users/{id}", c -> get(v1 + "/users/" + c.data().user(c.spot())));
        p.put("GET /api/v1/users/{id}/audit", c -> get(v1 + "/users/" + c.data().user(c.spot()) + "/audit"));
        p.put(
                "POST /api/v1/users",
                c -> json(
                        "POST",
                        v1 + "/users",
                        Map.of(
                                "username",
                                "matran.tao." + c.data().next(),
                                "role",
                                "COMMUNE_OFFICER",
                                "unitId",
                                c.spot().unit(),
                                "password",
                                "Ma-tran-pham-vi-2026",
                                "reason",
                                REASON)));
        p.put("PUT /api/v1/users/{id}", c -> {
            long id = c.data().freshUser(c.spot());
            return json(
                    "PUT",
                    v1 + "/users/" + id,
                    Map.of("enabled", true, "version", c.data().userVersion(id), "reason", REASON));
        });
        p.put(
                "POST /api/v1/users/{id}/password-reset",
                c -> Probe.of(Req.api(
                        "POST",
                        v1 + "/users/" + c.data().freshUser(c.spot()) + "/password-reset?reason=" + enc(REASON))));
        p.put(
                "POST /api/v1/users/import",
                c -> !PageProbes.current(c) && c.place() != Place.IN
                        ? null
                        : multipart(
                                v1 + "/users/import",
                                "nguoi-dung.csv",
                                "ten_dang_nhap,vai_tro,ma_don_vi,mat_khau\nmatran.csv."
                                        + c.data().next() + ",COMMUNE_OFFICER,"
                                        + c.spot().commune().code() + ",Ma-tran-pham-vi-2026\n"));

        // bodies and people
        p.put("GET /api/v1/body-types", c -> get(v1 + "/body-types?level=COMMUNE"));
        p.put("GET /api/v1/bodies", c -> get(v1 + "/bodies?unitId=" + c.spot().unit()));
        p.put("GET /api/v1/bodies/{id}", c -> get(v1 + "/bodies/" + c.data().body(c.spot())));
        p.put(
                "GET /api/v1/bodies/{id}/audit",
                c -> get(v1 + "/bodies/" + c.data().body(c.spot()) + "/audit"));
        p.put(
                "POST /api/v1/bodies",
                c -> json(
                        "POST",
                        v1 + "/bodies",
                        Map.of(
                                "unitId",
                                c.spot().unit(),
                                "bodyType",
                                "HOI_NONG_DAN_XA",
                                "name",
                                "Hội Nông dân (ma trận " + c.data().next() + ")")));
        p.put("PUT /api/v1/bodies/{id}", c -> {
            long id = c.data().freshBody(c.spot());
            return json(
                    "PUT",
                    v1 + "/bodies/" + id,
                    Map.of(
                            "name",
                            "Hội Nông dân (đổi tên " + c.data().next() + ")",
                            "version",
                            c.data().bodyVersion(id),
                            "reason",
                            REASON));
        });
        p.put(
                "POST /api/v1/bodies/import",
                c -> !PageProbes.current(c) && c.place() != Place.IN
                        ? null
                        : multipart(
                                v1 + "/bodies/import",
                                "co-quan.csv",
                                "ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email\n"
                                        + c.spot().commune().code() + ",HOI_NONG_DAN_XA,Hội Nông dân (tệp "
                                        + c.data().next() + "),,,\n"));
        p.put("GET /api/v1/people", c -> get(v1 + "/people?unitId=" + c.spot().unit()));
        p.put("GET /api/v1/people/{id}", c -> get(v1 + "/people/" + c.data().person(c.spot())));
        p.put(
                "POST /api/v1/people",
                c -> json(
                        "POST",
                        v1 + "/people",
                        Map.of(
                                "unitId",
                                c.spot().unit(),
                                "fullName",
                                "Người mới " + c.data().next() + " (ma trận)")));
        p.put(
                "POST /api/v1/people/{id}/positions",
                c -> json(
                        "POST",
                        v1 + "/people/" + c.data().person(c.spot()) + "/positions",
                        Map.of(
                                "bodyId",
                                c.data().body(c.spot()),
                                "title",
                                "Chức vụ " + c.data().next(),
                                "validFrom",
                                "2024-01-01")));
        p.put("POST /api/v1/positions/{id}/end", c -> {
            long id = c.data().freshPosition(c.spot());
            return json(
                    "POST",
                    v1 + "/positions/" + id + "/end",
                    Map.of("version", c.data().positionVersion(id), "reason", REASON));
        });

        // assessment values
        p.put(
                "GET /api/v1/assessments/{unitId}/{set}/{year}",
                c -> get(v1 + c.spot().assessment()));
        p.put(
                "GET /api/v1/assessments/{unitId}/{set}/{year}/values",
                c -> get(v1 + c.spot().assessment() + "/values"));
        p.put(
                "GET /api/v1/assessments/{unitId}/{set}/{year}/review",
                c -> get(v1 + c.spot().assessment() + "/review?against=" + NEXT_SET));
        p.put(
                "GET /api/v1/assessments/{unitId}/{set}/predecessors",
                c -> get(v1 + "/assessments/" + c.spot().unit() + "/" + SET + "/predecessors"));
        p.put(
                "PUT /api/v1/assessments/{unitId}/{set}/{year}/values/{indicator}",
                c -> Probe.of(Req.json(
                        "PUT", Fixtures.valueUrl(c.spot(), "15.4"), c.data().valueBody(c.spot(), "15.4"))));
        p.put(
                "POST /api/v1/assessments/{unitId}/{set}/{year}/submit",
                c -> Probe.of(Req.api("POST", v1 + c.spot().assessment() + "/submit")));
        p.put("POST /api/v1/assessment-values/{id}/submit", c -> review(c, false, "submit", null));
        p.put("POST /api/v1/assessment-values/{id}/verify", c -> review(c, true, "verify", null));
        p.put("POST /api/v1/assessment-values/{id}/return", c -> review(c, true, "return", "Thiếu biên bản (ma trận)"));
        p.put(
                "GET /api/v1/assessment-values/{id}/audit",
                c -> get(v1 + "/assessment-values/" + c.data().standingValue(c.spot()) + "/audit"));
        p.put(
                "GET /api/v1/assessment-values/{id}/evidence",
                c -> get(v1 + "/assessment-values/" + c.data().standingValue(c.spot()) + "/evidence"));
        p.put(
                "POST /api/v1/assessment-values/{id}/evidence",
                c -> Probe.of(Req.multipart(
                        v1 + "/assessment-values/" + c.data().standingValue(c.spot()) + "/evidence",
                        Map.of(),
                        "bien-ban.pdf",
                        Fixtures.PDF,
                        false)));
        p.put("GET /api/v1/evidence/{id}", c -> get(v1 + "/evidence/" + c.data().evidence(c.spot())));
        p.put(
                "PUT /api/v1/entry-periods/{set}/{provinceUnitId}/{year}",
                c -> json(
                        "PUT",
                        v1 + "/entry-periods/" + SET + "/" + c.spot().province() + "/"
                                + c.spot().year(),
                        Map.of("open", true, "reason", REASON)));
        p.put(
                "GET /api/v1/change-requests",
                c -> get(v1 + "/change-requests?unitId=" + c.spot().unit()));
        p.put(
                "POST /api/v1/change-requests/{id}/approve",
                c -> json(
                        "POST",
                        v1 + "/change-requests/" + c.data().freshChangeRequest(c.spot()) + "/approve",
                        Map.of("note", REASON)));
        p.put(
                "POST /api/v1/change-requests/{id}/reject",
                c -> json(
                        "POST",
                        v1 + "/change-requests/" + c.data().freshChangeRequest(c.spot()) + "/reject",
                        Map.of("note", REASON)));

        // criteria sets, overlays, thresholds
        p.put("GET /api/v1/criteria/sets", c -> get(v1 + "/criteria/sets"));
        p.put("GET /api/v1/criteria/sets/{code}", c -> get(v1 + "/criteria/sets/" + SET));
        p.put("GET /api/v1/criteria/sets/{code}/file", c -> get(v1 + "/criteria/sets/" + SET + "/file"));
        p.put(
                "POST /api/v1/criteria/sets",
                c -> Probe.of(Req.multipart(
                        v1 + "/criteria/sets",
                        Map.of(),
                        "bo-tieu-chi.json",
                        c.data().setFile(SET),
                        false)));
        p.put("GET /api/v1/criteria/overlays", c -> get(v1 + "/criteria/overlays?set=" + SET));
        p.put(
                "GET /api/v1/criteria/overlays/{id}",
                c -> get(v1 + "/criteria/overlays/" + c.data().overlay(c.spot())));
        p.put(
                "GET /api/v1/criteria/overlays/{id}/file",
                c -> get(v1 + "/criteria/overlays/" + c.data().overlay(c.spot()) + "/file"));
        p.put(
                "POST /api/v1/criteria/overlays (multipart/form-data)",
                c -> Probe.of(Req.multipart(
                        v1 + "/criteria/overlays",
                        Map.of(),
                        "bo-tieu-chi-tinh.json",
                        c.data().overlayFile(c.data().overlay(c.spot())),
                        false)));
        p.put("POST /api/v1/criteria/overlays (application/json)", c -> {
            LocalDate from = LocalDate.of(2026, 1, 1).plusDays(2L * c.data().next());
            return json(
                    "POST",
                    v1 + "/criteria/overlays",
                    Map.of(
                            "set",
                            NEXT_SET,
                            "provinceUnitId",
                            c.spot().province(),
                            "decision",
                            "MT-" + c.data().next() + "/2026 (ma trận)",
                            "validFrom",
                            from.toString(),
                            "validTo",
                            from.plusDays(1).toString()));
        });
        p.put(
                "POST /api/v1/criteria/sets/{code}/indicators",
                c -> json(
                        "POST",
                        v1 + "/criteria/sets/" + NEXT_SET + "/indicators",
                        Fixtures.indicatorDraft(Fixtures.indicatorCode(c.data().next()))));
        p.put(
                "GET /api/v1/criteria/indicators/{id}",
                c -> get(v1 + "/criteria/indicators/" + c.data().indicator("15.4")));
        p.put("PUT /api/v1/criteria/indicators/{id}", c -> {
            long id = c.data().freshIndicator();
            Map<String, Object> body =
                    new LinkedHashMap<>(Fixtures.indicatorDraft(c.data().indicatorCode(id)));
            body.put("version", c.data().indicatorVersion(id));
            return json("PUT", v1 + "/criteria/indicators/" + id, body);
        });
        p.put("GET /api/v1/calendar/{year}", c -> get(v1 + "/calendar/2026"));
        p.put("GET /api/v1/deadlines/parse", c -> get(v1 + "/deadlines/parse?text=" + enc("trước ngày 25/4/2026")));
        p.put(
                "PUT /api/v1/calendar/days/{day}",
                c -> json(
                        "PUT",
                        v1 + "/calendar/days/" + c.data().freeCalendarWeekday(),
                        Map.of("kind", "HOLIDAY", "name", "Ngày của ma trận (không có thật)")));
        p.put(
                "DELETE /api/v1/calendar/days/{day}",
                c -> Probe.of(
                        Req.api("DELETE", v1 + "/calendar/days/" + c.data().enteredCalendarDay() + "?version=0")));
        p.put("DELETE /api/v1/criteria/indicators/{id}", c -> {
            long id = c.data().freshIndicator();
            return Probe.of(Req.api(
                    "DELETE",
                    v1 + "/criteria/indicators/" + id + "?version=" + c.data().indicatorVersion(id) + "&reason="
                            + enc(REASON)));
        });
        p.put(
                "PUT /api/v1/criteria/sets/{code}/unit-types",
                c -> json(
                        "PUT",
                        v1 + "/criteria/sets/" + NEXT_SET + "/unit-types",
                        Map.of(
                                "unitTypes",
                                List.of("XA"),
                                "version",
                                c.data().setVersion(NEXT_SET),
                                "reason",
                                REASON)));
        p.put("POST /api/v1/criteria/overlays/{id}/thresholds", c -> {
            long overlay = c.data().overlay(c.spot());
            return json(
                    "POST",
                    v1 + "/criteria/overlays/" + overlay + "/thresholds",
                    c.data().freeThreshold(overlay));
        });
        p.put("PUT /api/v1/criteria/thresholds/{id}", c -> {
            long id = c.data().threshold(c.spot());
            return json("PUT", v1 + "/criteria/thresholds/" + id, c.data().thresholdForm(id));
        });
        p.put("DELETE /api/v1/criteria/thresholds/{id}", c -> {
            long id = c.data().freshThreshold(c.spot());
            return Probe.of(Req.api(
                    "DELETE",
                    v1 + "/criteria/thresholds/" + id + "?version="
                            + c.data().thresholdForm(id).get("version") + "&reason=" + enc(REASON)));
        });
        p.put("PUT /api/v1/criteria/overlays/{id}/owners/{criterion}", c -> {
            long overlay = c.data().overlay(c.spot());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("bodyType", "SO_Y_TE");
            body.put("source", "Kế hoạch MT/KH-UBND (ma trận)");
            body.put("version", c.data().ownerVersion(overlay, 15));
            body.put("reason", REASON);
            return json("PUT", v1 + "/criteria/overlays/" + overlay + "/owners/15", body);
        });

        // catalog sheets
        p.put(
                "GET /api/v1/exchange/catalog/sets/{code}/template",
                c -> get(v1 + "/exchange/catalog/sets/" + NEXT_SET + "/template"));
        p.put(
                "POST /api/v1/exchange/catalog/sets/{code}/uploads",
                c -> Probe.of(Req.multipart(
                        v1 + "/exchange/catalog/sets/" + NEXT_SET + "/uploads",
                        Map.of(),
                        "bo.xlsx",
                        c.data().setSheet(),
                        false)));
        p.put(
                "GET /api/v1/exchange/catalog/overlays/{id}/template",
                c -> get(v1 + "/exchange/catalog/overlays/" + c.data().overlay(c.spot()) + "/template"));
        p.put("POST /api/v1/exchange/catalog/overlays/{id}/uploads", c -> {
            long overlay = c.data().overlay(c.spot());
            return Probe.of(Req.multipart(
                    v1 + "/exchange/catalog/overlays/" + overlay + "/uploads",
                    Map.of(),
                    "tinh.xlsx",
                    c.data().overlaySheet(overlay),
                    false));
        });
        p.put(
                "GET /api/v1/exchange/catalog/uploads/{token}",
                c -> catalogToken(c)
                        .map(t -> get(v1 + "/exchange/catalog/uploads/" + t))
                        .orElse(null));
        p.put(
                "POST /api/v1/exchange/catalog/uploads/{token}/apply",
                c -> catalogToken(c)
                        .map(t -> json(
                                "POST",
                                v1 + "/exchange/catalog/uploads/" + t + "/apply",
                                Map.of("mode", "ALL_OR_NOTHING")))
                        .orElse(null));

        // Excel round trip of values
        p.put(
                "GET /api/v1/exchange/{set}/{year}/template",
                c -> get(v1 + "/exchange/" + SET + "/" + c.spot().year() + "/template?unit="
                        + c.spot().unit()));
        p.put(
                "POST /api/v1/exchange/{set}/{year}/uploads",
                c -> Probe.of(Req.multipart(
                        v1 + "/exchange/" + SET + "/" + c.spot().year() + "/uploads",
                        Map.of(),
                        "mau.xlsx",
                        c.data().template(c.spot()),
                        false)));
        p.put(
                "GET /api/v1/exchange/uploads/{token}",
                c -> exchangeToken(c, null)
                        .map(t -> get(v1 + "/exchange/uploads/" + t))
                        .orElse(null));
        p.put(
                "GET /api/v1/exchange/uploads/{token}/report",
                c -> exchangeToken(c, null)
                        .map(t -> get(v1 + "/exchange/uploads/" + t + "/report"))
                        .orElse(null));
        p.put(
                "POST /api/v1/exchange/uploads/{token}/apply",
                c -> exchangeToken(c, null)
                        .map(t -> json("POST", v1 + "/exchange/uploads/" + t + "/apply", Map.of("mode", "VALID_ROWS")))
                        .orElse(null));
        p.put("GET /api/v1/exchange/progress/{id}", c -> {
            String id = "matran-" + c.data().next();
            return exchangeToken(c, id)
                    .map(t -> get(v1 + "/exchange/progress/" + id))
                    .orElse(null);
        });
        // documents: read by whoever reads the commune
        p.put("GET /api/v1/documents", c -> {
            DocumentTargets.of(c.data()).at(c.spot(), DocumentTargets.Stage.DRAFT, false);
            return get(v1 + "/documents").listing(DocumentTargets.title(c.spot()));
        });
        p.put(
                "GET /api/v1/documents/{id}",
                c -> get(v1 + "/documents/" + signed(c).id()));
        p.put(
                "GET /api/v1/documents/{id}/audit",
                c -> get(v1 + "/documents/" + signed(c).id() + "/audit"));
        p.put(
                "GET /api/v1/documents/{id}/revisions/{revision}/file",
                c -> get(v1 + "/documents/" + signed(c).id() + "/revisions/1/file?format=docx"));
        p.put("GET /api/v1/documents/{id}/signed-copies/{copyId}/file", c -> {
            DocumentTargets.Target t = signed(c);
            return get(v1 + "/documents/" + t.id() + "/signed-copies/" + t.copy() + "/file");
        });
        return p;
    }

    /**
     * A preview of the commune's template: the caller's own (IN; none for a role that makes none), or another
     * user's (OUT): previews belong to the user who made them.
     */
    /** The commune's document with a signed copy, shared by every read. */
    private static DocumentTargets.Target signed(Ctx c) {
        return DocumentTargets.of(c.data()).at(c.spot(), DocumentTargets.Stage.SIGNED, false);
    }

    private static Optional<String> exchangeToken(Ctx c, String progress) {
        if (c.place() == Place.IN && !c.who().anonymous()) {
            return UPLOADERS.contains(c.who().role())
                    ? Optional.of(c.data().exchangeToken(c.user(), c.spot(), progress))
                    : Optional.empty();
        }
        return Optional.of(c.data().exchangeToken(c.other(), c.spot(), progress));
    }

    /** A preview of the province's overlay sheet: the caller's own if they author overlays, else another's. */
    private static Optional<String> catalogToken(Ctx c) {
        long overlay = c.data().overlay(c.spot());
        if (c.place() == Place.IN && !c.who().anonymous()) {
            return Set.of("ADMIN", "PROVINCE_OFFICER").contains(c.who().role())
                    ? Optional.of(c.data().catalogToken(c.user(), overlay))
                    : Optional.empty();
        }
        return Optional.of(c.data().catalogToken(c.otherAuthor(), overlay));
    }

    private static Probe review(Ctx c, boolean submitted, String step, String reason) {
        long id = c.data().value(c.spot(), submitted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", c.data().valueVersionById(id));
        if (reason != null) {
            body.put("reason", reason);
        }
        return json("POST", "/api/v1/assessment-values/" + id + "/" + step, body);
    }

    private static Probe get(String path) {
        return Probe.of(Req.get(path));
    }

    private static Probe json(String method, String path, Map<String, ?> body) {
        return Probe.of(Req.json(method, path, Fixtures.json(body)));
    }

    private static Probe multipart(String path, String fileName, String csv) {
        return Probe.of(Req.multipart(path, Map.of(), fileName, csv.getBytes(StandardCharsets.UTF_8), false));
    }
}
