package vn.ntm.scope;

import static vn.ntm.scope.Fixtures.NEXT_SET;
import static vn.ntm.scope.Fixtures.SET;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ntm.access.DemoUsers;
import vn.ntm.scope.Places.Place;
import vn.ntm.scope.Probe.Builder;
import vn.ntm.scope.Probe.Ctx;
import vn.ntm.scope.Session.Req;

/**
 * The form posts of the screens, as a browser sends them (fields named as the templates name them, the session's
 * CSRF token added by {@link Session}), aimed like {@link ApiProbes}. A form that names a unit by its code alone
 * can only aim at units in force today, so it has nothing to aim at in a commune that ended with the merger.
 */
final class PageProbes {

    private PageProbes() {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String REASON = "ma trận phạm vi";

    static Map<String, Builder> all() {
        Map<String, Builder> p = new LinkedHashMap<>();

        // bodies, people, positions (province officers and administrators)
        p.put(
                "POST /admin/people",
                c -> form(
                        "/admin/people",
                        Map.of(
                                "unitId",
                                c.spot().unit(),
                                "fullName",
                                "Người giữ chức " + c.data().next(),
                                "bodyId",
                                c.data().body(c.spot()),
                                "title",
                                "Cán bộ",
                                "validFrom",
                                "01/01/2024",
                                "reason",
                                REASON)));
        p.put("POST /admin/positions/{id}/end", c -> {
            long id = c.data().freshPosition(c.spot());
            return form(
                    "/admin/positions/" + id + "/end",
                    Map.of("unitId", c.spot().unit(), "version", c.data().positionVersion(id), "reason", REASON));
        });
        p.put(
                "POST /admin/bodies",
                c -> form(
                        "/admin/bodies",
                        Map.of(
                                "unitId",
                                c.spot().unit(),
                                "bodyType",
                                "HOI_NONG_DAN_XA",
                                "name",
                                "Hội Nông dân (trang " + c.data().next() + ")")));
        p.put("POST /admin/bodies/{id}", c -> {
            long id = c.data().freshBody(c.spot());
            return form(
                    "/admin/bodies/" + id,
                    Map.of(
                            "unitId",
                            c.spot().unit(),
                            "name",
                            "Hội Nông dân (sửa " + c.data().next() + ")",
                            "version",
                            c.data().bodyVersion(id),
                            "reason",
                            REASON));
        });
        p.put("POST /admin/bodies/{id}/deactivate", c -> {
            long id = c.data().freshBody(c.spot());
            return form(
                    "/admin/bodies/" + id + "/deactivate",
                    Map.of("version", c.data().bodyVersion(id), "reason", REASON));
        });
        p.put(
                "POST /admin/bodies/import",
                c -> !current(c) && c.place() != Place.IN
                        ? null
                        : csv(
                                "/admin/bodies/import",
                                "co-quan.csv",
                                "ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email\n"
                                        + c.spot().commune().code() + ",HOI_NONG_DAN_XA,Hội Nông dân (tệp trang "
                                        + c.data().next() + "),,,\n"));

        // issuer settings and Party terms, on a body made for the probe (its first save names no version)
        p.put("POST /documents/issuers/{bodyId}", c -> {
            long id = c.data().freshBody(c.spot());
            return form(
                    "/documents/issuers/" + id,
                    Map.of("line1", "HỘI NÔNG DÂN", "symbol", "HND", "place", "Ma Trận", "reason", REASON));
        });
        p.put("POST /documents/issuers/{bodyId}/terms", c -> {
            long id = c.data().freshBody(c.spot());
            return form(
                    "/documents/issuers/" + id + "/terms",
                    Map.of("label", "Nhiệm kỳ 2025 - 2030", "startsOn", "2025-10-01"));
        });

        // values, evidence, verification, entry, change requests
        p.put("POST /assessments/{unitId}/{set}/{year}/values/{code}", c -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("value", String.valueOf(30 + c.data().next() % 60));
            Integer version = c.data().valueVersion(c.spot(), "15.4");
            if (version != null) {
                fields.put("version", version);
            }
            return form(c.spot().assessment() + "/values/15.4", fields);
        });
        p.put(
                "POST /assessments/{unitId}/{set}/{year}/criteria/{number}",
                c -> form(c.spot().assessment() + "/criteria/15", c.data().criterionFields(c.spot())));
        p.put(
                "POST /assessments/{unitId}/{set}/{year}/values/{code}/evidence",
                c -> Probe.of(Req.multipart(
                        c.spot().assessment() + "/values/15.1/evidence",
                        Map.of("valueId", c.data().standingValue(c.spot())),
                        "bien-ban.pdf",
                        Fixtures.PDF,
                        true)));
        p.put(
                "POST /assessments/{unitId}/{set}/{year}/submit",
                c -> form(c.spot().assessment() + "/submit", Map.of()));
        p.put("POST /agency/{set}/{year}/values/{id}", c -> {
            long id = c.data().value(c.spot(), true);
            return form(
                    "/agency/" + SET + "/" + c.spot().year() + "/values/" + id,
                    Map.of("version", c.data().valueVersionById(id), "action", "verify"));
        });
        p.put(
                "POST /entry-periods/{set}/{year}/{province}",
                c -> form(
                        "/entry-periods/" + SET + "/" + c.spot().year() + "/"
                                + c.spot().province(),
                        Map.of("open", "true", "reason", REASON)));
        p.put(
                "POST /change-requests/{unit}/{id}",
                c -> form(
                        "/change-requests/" + c.spot().unit() + "/" + c.data().freshChangeRequest(c.spot()),
                        Map.of("action", "approve", "note", REASON)));

        // the catalog: indicators (administrators), overlays and their thresholds (the province's officers)
        p.put(
                "POST /catalog/sets/{code}/indicators",
                c -> form(
                        "/catalog/sets/" + NEXT_SET + "/indicators",
                        indicatorFields(Fixtures.indicatorCode(c.data().next()), null)));
        p.put("POST /catalog/indicators/{id}", c -> {
            long id = c.data().freshIndicator();
            return form(
                    "/catalog/indicators/" + id,
                    indicatorFields(c.data().indicatorCode(id), c.data().indicatorVersion(id)));
        });
        p.put(
                "POST /admin/calendar",
                c -> form(
                        "/admin/calendar",
                        Map.of(
                                "day",
                                c.data().freeCalendarWeekday().format(DAY),
                                "kind",
                                "HOLIDAY",
                                "name",
                                "Ngày của ma trận (không có thật)")));
        p.put(
                "POST /admin/calendar/{day}/delete",
                c -> form("/admin/calendar/" + c.data().enteredCalendarDay() + "/delete", Map.of("version", 0)));
        p.put(
                "POST /admin/calendar/{year}/complete",
                c -> form(
                        "/admin/calendar/" + (2300 + c.data().next()) + "/complete",
                        Map.of("complete", "true", "version", 0)));
        p.put("POST /catalog/indicators/{id}/delete", c -> {
            long id = c.data().freshIndicator();
            return form(
                    "/catalog/indicators/" + id + "/delete",
                    Map.of("version", c.data().indicatorVersion(id), "reason", REASON));
        });
        p.put(
                "POST /catalog/sets/{code}/unit-types",
                c -> form(
                        "/catalog/sets/" + NEXT_SET + "/unit-types",
                        Map.of("unitTypes", "XA", "version", c.data().setVersion(NEXT_SET), "reason", REASON)));
        p.put("POST /catalog/overlays", c -> {
            LocalDate from = LocalDate.of(2028, 1, 1).plusDays(2L * c.data().next());
            return form(
                    "/catalog/overlays",
                    Map.of(
                            "set",
                            NEXT_SET,
                            "provinceUnitId",
                            c.spot().province(),
                            "decision",
                            "MT-" + c.data().next() + "/2028 (trang)",
                            "validFrom",
                            from.format(DAY),
                            "lastDay",
                            from.format(DAY)));
        });
        p.put("POST /catalog/overlays/{id}/thresholds", c -> {
            long overlay = c.data().overlay(c.spot());
            return form("/catalog/overlays/" + overlay + "/thresholds", c.data().freeThreshold(overlay));
        });
        p.put("POST /catalog/overlays/{id}/thresholds/{thresholdId}", c -> {
            long id = c.data().threshold(c.spot());
            return form(
                    "/catalog/overlays/" + c.data().overlay(c.spot()) + "/thresholds/" + id,
                    c.data().thresholdForm(id));
        });
        p.put("POST /catalog/overlays/{id}/thresholds/{thresholdId}/delete", c -> {
            long id = c.data().freshThreshold(c.spot());
            return form(
                    "/catalog/overlays/" + c.data().overlay(c.spot()) + "/thresholds/" + id + "/delete",
                    Map.of("version", c.data().thresholdForm(id).get("version"), "reason", REASON));
        });
        p.put("POST /catalog/overlays/{id}/owners/{criterion}", c -> {
            long overlay = c.data().overlay(c.spot());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("bodyType", "SO_Y_TE");
            fields.put("source", "Kế hoạch MT/KH-UBND (trang)");
            Integer version = c.data().ownerVersion(overlay, 15);
            if (version != null) {
                fields.put("version", version);
            }
            fields.put("reason", REASON);
            return form("/catalog/overlays/" + overlay + "/owners/15", fields);
        });

        // users and the caller's own account
        p.put(
                "POST /admin/users",
                c -> !current(c) && c.place() != Place.IN
                        ? null
                        : form(
                                "/admin/users",
                                Map.of(
                                        "username",
                                        "matran.trang." + c.data().next(),
                                        "role",
                                        "COMMUNE_OFFICER",
                                        "unitCode",
                                        c.spot().commune().code())));
        p.put("POST /admin/users/{id}", c -> {
            long id = c.data().freshUser(c.spot());
            return form(
                    "/admin/users/" + id,
                    Map.of(
                            "enabled",
                            "true",
                            "unitCode",
                            c.spot().commune().code(),
                            "role",
                            "COMMUNE_OFFICER",
                            "version",
                            c.data().userVersion(id),
                            "reason",
                            REASON));
        });
        p.put(
                "POST /admin/users/{id}/reset",
                c -> form("/admin/users/" + c.data().freshUser(c.spot()) + "/reset", Map.of()));
        p.put(
                "POST /admin/users/import",
                c -> !current(c) && c.place() != Place.IN
                        ? null
                        : csv(
                                "/admin/users/import",
                                "nguoi-dung.csv",
                                "ten_dang_nhap,vai_tro,ma_don_vi,mat_khau\nmatran.tep."
                                        + c.data().next() + ",COMMUNE_OFFICER,"
                                        + c.spot().commune().code() + ",Ma-tran-pham-vi-2026\n"));
        p.put("POST /account/language", c -> form("/account/language", Map.of("lang", "vi")));
        p.put(
                "POST /account/password",
                c -> form(
                        "/account/password",
                        Map.of(
                                "currentPassword",
                                DemoUsers.PASSWORD,
                                "newPassword",
                                "Mat-khau-trang-" + c.data().next())));

        // units (administrators)
        p.put("POST /admin/units/{id}/attributes", c -> {
            LocalDate from = LocalDate.of(2050, 1, 1).plusDays(2L * c.data().next());
            return form(
                    "/admin/units/" + c.spot().unit() + "/attributes",
                    Map.of(
                            "attribute",
                            "COMMUNE_GROUP",
                            "value",
                            "1",
                            "validFrom",
                            from.format(DAY),
                            "lastDay",
                            from.format(DAY),
                            "reason",
                            REASON));
        });
        p.put("POST /admin/units/{id}/attributes/{attributeId}", c -> {
            long id = c.data().attribute(c.spot());
            Map<String, Object> api = c.data().attributeForm(id);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("value", api.get("value"));
            fields.put(
                    "validFrom", LocalDate.parse((String) api.get("validFrom")).format(DAY));
            if (api.get("validTo") != null) {
                fields.put(
                        "lastDay",
                        LocalDate.parse((String) api.get("validTo"))
                                .minusDays(1)
                                .format(DAY));
            }
            fields.put("version", api.get("version"));
            fields.put("reason", REASON);
            return form("/admin/units/" + c.spot().unit() + "/attributes/" + id, fields);
        });
        p.put(
                "POST /admin/units/import",
                c -> Probe.of(Req.multipart(
                        "/admin/units/import",
                        Map.of("kind", "ATTRIBUTES", "mode", "ALL_OR_NOTHING"),
                        "thuoc-tinh.csv",
                        """
                ma,tu_ngay,den_ngay,thuoc_tinh,gia_tri,can_cu
                20185,01/11/2024,30/06/2025,vung,BTB,DEMO - Thừa Thiên Huế thuộc vùng Bắc Trung Bộ
                """.getBytes(StandardCharsets.UTF_8),
                        true)));
        p.put(
                "POST /admin/units/mapping/{rowKey}",
                c -> form(
                        "/admin/units/mapping/" + c.data().openMappingRow(),
                        Map.of("choice", "NO_LIST", "reason", "Không có trong danh sách nào (ma trận)")));

        // Excel: values, and catalog sheets
        p.put(
                "POST /exchange/{set}/{year}/upload",
                c -> Probe.of(Req.multipart(
                        "/exchange/" + SET + "/" + c.spot().year() + "/upload",
                        Map.of("unit", c.spot().unit()),
                        "mau.xlsx",
                        c.data().template(c.spot()),
                        true)));
        p.put(
                "POST /exchange/previews/{token}/apply",
                c -> exchangeToken(c)
                        .map(t -> form(
                                "/exchange/previews/" + t + "/apply",
                                Map.of("mode", "VALID_ROWS", "unit", c.spot().unit())))
                        .orElse(null));
        p.put(
                "POST /catalog/sets/{code}/excel",
                c -> Probe.of(Req.multipart(
                        "/catalog/sets/" + NEXT_SET + "/excel",
                        Map.of(),
                        "bo.xlsx",
                        c.data().setSheet(),
                        true)));
        p.put("POST /catalog/overlays/{id}/excel", c -> {
            long overlay = c.data().overlay(c.spot());
            return Probe.of(Req.multipart(
                    "/catalog/overlays/" + overlay + "/excel",
                    Map.of(),
                    "tinh.xlsx",
                    c.data().overlaySheet(overlay),
                    true));
        });
        p.put("POST /catalog/excel/{token}/apply", c -> {
            long overlay = c.data().overlay(c.spot());
            boolean author = !c.who().anonymous()
                    && Set.of("ADMIN", "PROVINCE_OFFICER").contains(c.who().role());
            if (c.place() == Place.IN && !author && !c.who().anonymous()) {
                return null;
            }
            String token = c.data()
                    .catalogToken(c.place() == Place.IN && !c.who().anonymous() ? c.user() : c.otherAuthor(), overlay);
            return form("/catalog/excel/" + token + "/apply", Map.of("mode", "ALL_OR_NOTHING"));
        });
        // documents: compose and discard (whoever drafts), number, signed copy, withdraw (whoever issues)
        p.put(
                "POST /documents",
                c -> form("/documents", DocumentTargets.of(c.data()).composeFields(c.spot())));
        p.put("POST /documents/{id}/number", c -> {
            DocumentTargets.Target t = document(c, DocumentTargets.Stage.DRAFT, ISSUERS);
            return form(
                    "/documents/" + t.id() + "/number",
                    Map.of("version", t.version(), "issuedOn", DocumentTargets.today()));
        });
        p.put("POST /documents/{id}/signed", c -> {
            DocumentTargets.Target t = document(c, DocumentTargets.Stage.NUMBERED, ISSUERS);
            return Probe.of(Req.multipart(
                    "/documents/" + t.id() + "/signed",
                    Map.of("version", t.version()),
                    "ban-quet.pdf",
                    DocumentTargets.blankScan(),
                    true));
        });
        p.put("POST /documents/{id}/signed/{copy}/confirm", c -> {
            DocumentTargets.Target t = document(c, DocumentTargets.Stage.SIGNED, ISSUERS);
            return form("/documents/" + t.id() + "/signed/" + t.copy() + "/confirm", Map.of("version", t.version()));
        });
        p.put("POST /documents/{id}/withdraw", c -> {
            DocumentTargets.Target t = document(c, DocumentTargets.Stage.NUMBERED, ISSUERS);
            return form("/documents/" + t.id() + "/withdraw", Map.of("version", t.version(), "reason", REASON));
        });
        p.put("POST /documents/{id}/discard", c -> {
            DocumentTargets.Target t = document(c, DocumentTargets.Stage.DRAFT, DRAFTERS);
            return form("/documents/" + t.id() + "/discard", Map.of("version", t.version(), "reason", REASON));
        });
        return p;
    }

    /** Roles whose documents' requests change them (ScopeTable's DRAFTING and ISSUING rows). */
    private static final Set<String> DRAFTERS =
            Set.of("ADMIN", "PROVINCE_OFFICER", "AGENCY_OFFICER", "COMMUNE_OFFICER", "COMMUNE_LEADER");

    private static final Set<String> ISSUERS = Set.of("ADMIN", "PROVINCE_OFFICER", "COMMUNE_LEADER");

    /**
     * The commune's document at a stage: a fresh one where the request is expected to change it (inside the scope,
     * a role of {@code changers}), else the shared one a refusal leaves as it was.
     */
    private static DocumentTargets.Target document(Ctx c, DocumentTargets.Stage stage, Set<String> changers) {
        boolean changes = c.place() == Place.IN
                && !c.who().anonymous()
                && changers.contains(c.who().role());
        return DocumentTargets.of(c.data()).at(c.spot(), stage, changes);
    }

    private static Optional<String> exchangeToken(Ctx c) {
        if (c.place() == Place.IN && !c.who().anonymous()) {
            return Set.of("ADMIN", "PROVINCE_OFFICER", "COMMUNE_OFFICER", "COMMUNE_LEADER")
                            .contains(c.who().role())
                    ? Optional.of(c.data().exchangeToken(c.user(), c.spot(), null))
                    : Optional.empty();
        }
        return Optional.of(c.data().exchangeToken(c.other(), c.spot(), null));
    }

    /**
     * Whether the commune is in force today, so a form or file naming it by code names it (a predecessor's code may
     * be its successor's: Giang Ma's 03405 is Tả Lèng's today).
     */
    static boolean current(Ctx c) {
        return c.data().inForceToday(c.spot());
    }

    private static Map<String, Object> indicatorFields(String code, Integer version) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("criterion", 5);
        fields.put("code", code);
        fields.put("textVi", "Chỉ tiêu thử của ma trận (trang) " + code);
        fields.put("kind", "MEASURED");
        fields.put("measureUnit", "%");
        fields.put("comparison", "≥");
        fields.put("minValue", "0");
        fields.put("maxValue", "100");
        fields.put("source", "Quyết định 51/2025/QĐ-TTg (kiểm thử)");
        fields.put("sourceDate", "29/12/2025");
        fields.put("thresholds[0].key", "*");
        fields.put("thresholds[0].value", "80");
        if (version != null) {
            fields.put("version", version);
        }
        fields.put("reason", REASON);
        return fields;
    }

    private static Probe form(String path, Map<String, ?> fields) {
        return Probe.of(Req.form(path, fields));
    }

    private static Probe csv(String path, String name, String content) {
        return Probe.of(Req.multipart(path, Map.of(), name, content.getBytes(StandardCharsets.UTF_8), true));
    }
}
