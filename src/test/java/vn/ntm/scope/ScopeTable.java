package vn.ntm.scope;

import java.util.Arrays;
import java.util.List;

/**
 * The expected answer of every operation for every demo user, on a target inside their scope: one row per
 * operation of the OpenAPI description (method, path template and, where one path takes two kinds of body, the
 * content type) and per state-changing route of the screens.
 *
 * <p>Columns, in order: {@code admin}, {@code tinh.hue} (province officer, Huế), {@code so.yte.hue} (Sở Y tế of
 * Huế), {@code xa.khetre} (commune officer, Khe Tre), {@code lanhdao.khetre} (commune leader, Khe Tre),
 * {@code xa.thuonglo} (commune officer, Thượng Lộ in 2024), {@code xa.talen}, {@code xa.camtrung} (commune officers),
 * {@code xem.laichau} (viewer, Lai Châu). {@code ok}: allowed (2xx, or a page's redirect to anything but the sign-in
 * or an error page); {@code 403}: refused by the role rule; {@code 409}: refused by the demo database (after the role
 * rule let the caller through); {@code -}: the role has nothing of its own to aim at
 * (a preview only its maker sees, and this role makes none).
 *
 * <p>Rules the table does not repeat in every row, checked by {@link ScopeMatrixTest}:
 * <ul>
 *   <li>outside the scope ({@link Kind#UNIT}): 403, whatever the role;</li>
 *   <li>a predecessor the caller's unit was formed from: a read answers as inside, a change is 403 (read-only);</li>
 *   <li>a list ({@link Kind#LIST}) answers 200 everywhere and never holds what is outside the scope;</li>
 *   <li>someone else's preview ({@link Kind#OWN}): 403; someone else's progress ({@link Kind#OWN_HIDDEN}): 404, as
 *       the identifier is the client's own choice and the answer must not tell that it exists;</li>
 *   <li>nobody signed in: 401 problem+json from the API, the sign-in page from a screen;</li>
 *   <li>whatever is refused changes nothing in the database.</li>
 * </ul>
 */
final class ScopeTable {

    private ScopeTable() {}

    /** What the targets of a row are, so what "outside the scope" means for it. */
    enum Kind {
        /** something of one unit: inside, a predecessor, outside */
        UNIT,
        /** a list filtered by the scope: what is outside never shows */
        LIST,
        /** national data (the catalog, unit imports): nothing is outside anyone's scope */
        CATALOG,
        /** the caller's own account: nobody else's to aim at */
        SELF,
        /** a preview belongs to its maker: someone else's is refused */
        OWN,
        /** as OWN, and someone else's is answered as unknown */
        OWN_HIDDEN
    }

    record Row(String op, Kind kind, List<String> expected, String why) {

        String expected(int column) {
            return expected.get(column);
        }

        boolean api() {
            return op.contains(" /api/");
        }

        /** Changing one's own password is tried last: what follows must not depend on the sessions it may end. */
        boolean last() {
            return op.contains("password") && kind == Kind.SELF;
        }
    }

    static Row row(String op, Kind kind, String expected, String why) {
        List<String> cells = Arrays.asList(expected.trim().split("\\s+"));
        if (cells.size() != Places.USERS.size()) {
            throw new IllegalArgumentException(op + ": " + cells.size() + " columns, expected " + Places.USERS.size());
        }
        return new Row(op, kind, List.copyOf(cells), why);
    }

    private static final String ALL = "ok  ok  ok  ok  ok  ok  ok  ok  ok";
    private static final String ADMIN = "ok  403 403 403 403 403 403 403 403";
    private static final String PROVINCE = "ok  ok  403 403 403 403 403 403 403";
    private static final String WRITERS = "ok  ok  ok  ok  ok  ok  ok  ok  403";
    private static final String ENTERING = "ok  ok  403 ok  ok  ok  ok  ok  403";
    private static final String UPLOADING = "ok  ok  403 ok  ok  ok  ok  ok  403";
    private static final String OWN_PREVIEW = "ok  ok  -   ok  ok  ok  ok  ok  -";
    private static final String OWN_SHEET = "ok  ok  -   -   -   -   -   -   -";
    private static final String AGENCY = "403 403 ok  403 403 403 403 403 403";
    private static final String DEMO_IMPORT = "409 403 403 403 403 403 403 403 403";
    private static final String LEADER = "ok  403 403 403 ok  403 403 403 403";
    private static final String ISSUING = "ok  ok  403 403 ok  403 403 403 403";
    private static final String KEEPING_ISSUERS = "ok  ok  403 403 ok  403 403 403 403";

    //                                                                    adm tin yte khe ldk thl tal cam xem
    static final List<Row> API = List.of(
            row("GET /api/v1/units", Kind.LIST, ALL, "the units of a level on a day, within the scope"),
            row("GET /api/v1/units/search", Kind.LIST, ALL, "search by name, within the scope"),
            row("GET /api/v1/units/code/{code}", Kind.UNIT, ALL, "a unit by code and day"),
            row("GET /api/v1/units/code/{code}/all", Kind.LIST, ALL, "every unit that held a code, within the scope"),
            row("GET /api/v1/units/{id}", Kind.UNIT, ALL, ""),
            row("GET /api/v1/units/{id}/children", Kind.UNIT, ALL, ""),
            row("GET /api/v1/units/{id}/ancestors", Kind.UNIT, ALL, ""),
            row("GET /api/v1/units/{id}/history", Kind.UNIT, ALL, ""),
            row("GET /api/v1/units/{id}/lineage", Kind.UNIT, ALL, ""),
            row("GET /api/v1/units/{id}/attributes", Kind.UNIT, ALL, ""),
            row("POST /api/v1/units/{id}/attributes", Kind.UNIT, ADMIN, "attributes are set by administrators only"),
            row("PUT /api/v1/units/attributes/{attributeId}", Kind.UNIT, ADMIN, ""),
            row(
                    "POST /api/v1/units/imports",
                    Kind.CATALOG,
                    DEMO_IMPORT,
                    "unit lists and attributes are national; the demo database refuses them (409) to administrators"),
            row("GET /api/v1/users/me", Kind.SELF, ALL, ""),
            row("POST /api/v1/users/me/password", Kind.SELF, ALL, ""),
            row("GET /api/v1/users", Kind.LIST, ALL, "the users bound inside the scope"),
            row("GET /api/v1/users/{id}", Kind.UNIT, ALL, "a user bound inside the scope"),
            row("GET /api/v1/users/{id}/audit", Kind.UNIT, ALL, ""),
            row("POST /api/v1/users", Kind.UNIT, PROVINCE, "a province officer grants commune roles in the province"),
            row("PUT /api/v1/users/{id}", Kind.UNIT, PROVINCE, ""),
            row("POST /api/v1/users/{id}/password-reset", Kind.UNIT, PROVINCE, ""),
            row("POST /api/v1/users/import", Kind.UNIT, PROVINCE, ""),
            row("GET /api/v1/body-types", Kind.CATALOG, ALL, ""),
            row("GET /api/v1/calendar/{year}", Kind.CATALOG, ALL, "the calendar of days off is national and public"),
            row("PUT /api/v1/calendar/days/{day}", Kind.CATALOG, ADMIN, "KEEP_CALENDAR: administrators only"),
            row("GET /api/v1/deadlines/parse", Kind.CATALOG, ALL, "reading words touches no one's data"),
            row("DELETE /api/v1/calendar/days/{day}", Kind.CATALOG, ADMIN, ""),
            row("GET /api/v1/bodies", Kind.UNIT, ALL, ""),
            row("GET /api/v1/bodies/{id}", Kind.UNIT, ALL, ""),
            row("GET /api/v1/bodies/{id}/audit", Kind.UNIT, ALL, ""),
            row("POST /api/v1/bodies", Kind.UNIT, WRITERS, "whoever changes a unit keeps its bodies; a viewer never"),
            row("PUT /api/v1/bodies/{id}", Kind.UNIT, WRITERS, ""),
            row("POST /api/v1/bodies/import", Kind.UNIT, WRITERS, ""),
            row("GET /api/v1/people", Kind.UNIT, ALL, ""),
            row("GET /api/v1/people/{id}", Kind.UNIT, ALL, ""),
            row("POST /api/v1/people", Kind.UNIT, WRITERS, ""),
            row("POST /api/v1/people/{id}/positions", Kind.UNIT, WRITERS, ""),
            row("POST /api/v1/positions/{id}/end", Kind.UNIT, WRITERS, ""),
            row("GET /api/v1/assessments/{unitId}/{set}/{year}", Kind.UNIT, ALL, ""),
            row("GET /api/v1/assessments/{unitId}/{set}/{year}/values", Kind.UNIT, ALL, ""),
            row("GET /api/v1/assessments/{unitId}/{set}/{year}/review", Kind.UNIT, ALL, ""),
            row("GET /api/v1/assessments/{unitId}/{set}/predecessors", Kind.UNIT, ALL, ""),
            row(
                    "PUT /api/v1/assessments/{unitId}/{set}/{year}/values/{indicator}",
                    Kind.UNIT,
                    ENTERING,
                    "the commune (or an administrator) enters; province and agency review, never enter"),
            row("POST /api/v1/assessments/{unitId}/{set}/{year}/submit", Kind.UNIT, ENTERING, ""),
            row("POST /api/v1/assessment-values/{id}/submit", Kind.UNIT, ENTERING, ""),
            row(
                    "POST /api/v1/assessment-values/{id}/verify",
                    Kind.UNIT,
                    AGENCY,
                    "only the body owning the criterion (15: Sở Y tế) verifies or returns"),
            row("POST /api/v1/assessment-values/{id}/return", Kind.UNIT, AGENCY, ""),
            row("GET /api/v1/assessment-values/{id}/audit", Kind.UNIT, ALL, ""),
            row("GET /api/v1/assessment-values/{id}/evidence", Kind.UNIT, ALL, ""),
            row("POST /api/v1/assessment-values/{id}/evidence", Kind.UNIT, WRITERS, "whoever may change the unit"),
            row("GET /api/v1/evidence/{id}", Kind.UNIT, ALL, ""),
            row(
                    "PUT /api/v1/entry-periods/{set}/{provinceUnitId}/{year}",
                    Kind.UNIT,
                    PROVINCE,
                    "the province opens and closes entry"),
            row("GET /api/v1/change-requests", Kind.UNIT, ALL, ""),
            row("POST /api/v1/change-requests/{id}/approve", Kind.UNIT, LEADER, "the commune's leader decides"),
            row("POST /api/v1/change-requests/{id}/reject", Kind.UNIT, LEADER, ""),
            row("GET /api/v1/criteria/sets", Kind.CATALOG, ALL, "the catalog is public to every user"),
            row("GET /api/v1/criteria/sets/{code}", Kind.CATALOG, ALL, ""),
            row("GET /api/v1/criteria/sets/{code}/file", Kind.CATALOG, ALL, ""),
            row("POST /api/v1/criteria/sets", Kind.CATALOG, ADMIN, ""),
            row("GET /api/v1/criteria/overlays", Kind.CATALOG, ALL, "a province's criteria are a public decision"),
            row("GET /api/v1/criteria/overlays/{id}", Kind.CATALOG, ALL, ""),
            row("GET /api/v1/criteria/overlays/{id}/file", Kind.CATALOG, ALL, ""),
            row(
                    "POST /api/v1/criteria/overlays (multipart/form-data)",
                    Kind.UNIT,
                    PROVINCE,
                    "a province's own officers author its criteria"),
            row("POST /api/v1/criteria/overlays (application/json)", Kind.UNIT, PROVINCE, ""),
            row("POST /api/v1/criteria/sets/{code}/indicators", Kind.CATALOG, ADMIN, ""),
            row("GET /api/v1/criteria/indicators/{id}", Kind.CATALOG, ALL, ""),
            row("PUT /api/v1/criteria/indicators/{id}", Kind.CATALOG, ADMIN, ""),
            row("DELETE /api/v1/criteria/indicators/{id}", Kind.CATALOG, ADMIN, ""),
            row("PUT /api/v1/criteria/sets/{code}/unit-types", Kind.CATALOG, ADMIN, ""),
            row("POST /api/v1/criteria/overlays/{id}/thresholds", Kind.UNIT, PROVINCE, ""),
            row("PUT /api/v1/criteria/thresholds/{id}", Kind.UNIT, PROVINCE, ""),
            row("DELETE /api/v1/criteria/thresholds/{id}", Kind.UNIT, PROVINCE, ""),
            row("PUT /api/v1/criteria/overlays/{id}/owners/{criterion}", Kind.UNIT, PROVINCE, ""),
            row("GET /api/v1/exchange/catalog/sets/{code}/template", Kind.CATALOG, ALL, ""),
            row("POST /api/v1/exchange/catalog/sets/{code}/uploads", Kind.CATALOG, ADMIN, ""),
            row(
                    "GET /api/v1/exchange/catalog/overlays/{id}/template",
                    Kind.CATALOG,
                    ALL,
                    "the sheet of a public decision, as the overlay itself"),
            row("POST /api/v1/exchange/catalog/overlays/{id}/uploads", Kind.UNIT, PROVINCE, ""),
            row("GET /api/v1/exchange/catalog/uploads/{token}", Kind.OWN, OWN_SHEET, ""),
            row("POST /api/v1/exchange/catalog/uploads/{token}/apply", Kind.OWN, OWN_SHEET, ""),
            row("GET /api/v1/exchange/{set}/{year}/template", Kind.UNIT, ALL, ""),
            row("POST /api/v1/exchange/{set}/{year}/uploads", Kind.UNIT, UPLOADING, ""),
            row("GET /api/v1/exchange/uploads/{token}", Kind.OWN, OWN_PREVIEW, ""),
            row("GET /api/v1/exchange/uploads/{token}/report", Kind.OWN, OWN_PREVIEW, ""),
            row("POST /api/v1/exchange/uploads/{token}/apply", Kind.OWN, OWN_PREVIEW, ""),
            row("GET /api/v1/exchange/progress/{id}", Kind.OWN_HIDDEN, OWN_PREVIEW, ""),
            row("GET /api/v1/documents", Kind.LIST, ALL, "documents of the bodies the caller may read"),
            row("GET /api/v1/documents/{id}", Kind.UNIT, ALL, ""),
            row("GET /api/v1/documents/{id}/audit", Kind.UNIT, ALL, ""),
            row("GET /api/v1/documents/{id}/revisions/{revision}/file", Kind.UNIT, ALL, ""),
            row("GET /api/v1/documents/{id}/signed-copies/{copyId}/file", Kind.UNIT, ALL, ""));

    /** The routes of the screens that change state (every non-GET mapping of the controllers). */
    static final List<Row> PAGES = List.of(
            row("POST /admin/people", Kind.UNIT, PROVINCE, "the administration screens: province and administrators"),
            row("POST /admin/positions/{id}/end", Kind.UNIT, PROVINCE, ""),
            row("POST /admin/bodies", Kind.UNIT, PROVINCE, ""),
            row("POST /admin/bodies/{id}", Kind.UNIT, PROVINCE, ""),
            row("POST /admin/bodies/{id}/deactivate", Kind.UNIT, PROVINCE, ""),
            row("POST /admin/bodies/import", Kind.UNIT, PROVINCE, ""),
            row(
                    "POST /documents/issuers/{bodyId}",
                    Kind.UNIT,
                    KEEPING_ISSUERS,
                    "issuer settings and Party terms: administrators, province officers, commune leaders"),
            row("POST /documents/issuers/{bodyId}/terms", Kind.UNIT, KEEPING_ISSUERS, ""),
            row("POST /assessments/{unitId}/{set}/{year}/values/{code}", Kind.UNIT, ENTERING, ""),
            row("POST /assessments/{unitId}/{set}/{year}/criteria/{number}", Kind.UNIT, ENTERING, ""),
            row("POST /assessments/{unitId}/{set}/{year}/values/{code}/evidence", Kind.UNIT, WRITERS, ""),
            row("POST /assessments/{unitId}/{set}/{year}/submit", Kind.UNIT, ENTERING, ""),
            row("POST /agency/{set}/{year}/values/{id}", Kind.UNIT, AGENCY, ""),
            row("POST /entry-periods/{set}/{year}/{province}", Kind.UNIT, PROVINCE, ""),
            row("POST /change-requests/{unit}/{id}", Kind.UNIT, LEADER, ""),
            row("POST /catalog/sets/{code}/indicators", Kind.CATALOG, ADMIN, ""),
            row("POST /admin/calendar", Kind.CATALOG, ADMIN, "KEEP_CALENDAR; /admin/** refuses communes first"),
            row("POST /admin/calendar/{day}/delete", Kind.CATALOG, ADMIN, ""),
            row("POST /admin/calendar/{year}/complete", Kind.CATALOG, ADMIN, ""),
            row("POST /catalog/indicators/{id}", Kind.CATALOG, ADMIN, ""),
            row("POST /catalog/indicators/{id}/delete", Kind.CATALOG, ADMIN, ""),
            row("POST /catalog/sets/{code}/unit-types", Kind.CATALOG, ADMIN, ""),
            row(
                    "POST /catalog/overlays",
                    Kind.SELF,
                    PROVINCE,
                    "the form's province counts for administrators only: an officer's overlay is their own province's"),
            row("POST /catalog/overlays/{id}/thresholds", Kind.UNIT, PROVINCE, ""),
            row("POST /catalog/overlays/{id}/thresholds/{thresholdId}", Kind.UNIT, PROVINCE, ""),
            row("POST /catalog/overlays/{id}/thresholds/{thresholdId}/delete", Kind.UNIT, PROVINCE, ""),
            row("POST /catalog/overlays/{id}/owners/{criterion}", Kind.UNIT, PROVINCE, ""),
            row("POST /admin/users", Kind.UNIT, PROVINCE, ""),
            row("POST /admin/users/{id}", Kind.UNIT, PROVINCE, ""),
            row("POST /admin/users/{id}/reset", Kind.UNIT, PROVINCE, ""),
            row("POST /admin/users/import", Kind.UNIT, PROVINCE, ""),
            row("POST /account/language", Kind.SELF, ALL, ""),
            row("POST /account/password", Kind.SELF, ALL, ""),
            row("POST /admin/units/{id}/attributes", Kind.UNIT, ADMIN, ""),
            row("POST /admin/units/{id}/attributes/{attributeId}", Kind.UNIT, ADMIN, ""),
            row("POST /admin/units/import", Kind.CATALOG, DEMO_IMPORT, ""),
            row("POST /admin/units/mapping/{rowKey}", Kind.CATALOG, ADMIN, ""),
            row("POST /exchange/{set}/{year}/upload", Kind.UNIT, UPLOADING, ""),
            row("POST /exchange/previews/{token}/apply", Kind.OWN, OWN_PREVIEW, ""),
            row("POST /catalog/sets/{code}/excel", Kind.CATALOG, ADMIN, ""),
            row("POST /catalog/overlays/{id}/excel", Kind.UNIT, PROVINCE, ""),
            row("POST /catalog/excel/{token}/apply", Kind.OWN, OWN_SHEET, ""),
            row(
                    "POST /documents",
                    Kind.UNIT,
                    WRITERS,
                    "whoever changes the commune drafts its bodies' documents; a viewer never"),
            row("POST /documents/{id}/discard", Kind.UNIT, WRITERS, ""),
            row(
                    "POST /documents/{id}/number",
                    Kind.UNIT,
                    ISSUING,
                    "numbering and filing: leaders, province, administrators; an officer only for their own body"
                            + " (the demo's commune officers and Sở Y tế name no commune body)"),
            row("POST /documents/{id}/signed", Kind.UNIT, ISSUING, ""),
            row("POST /documents/{id}/signed/{copy}/confirm", Kind.UNIT, ISSUING, ""),
            row("POST /documents/{id}/withdraw", Kind.UNIT, ISSUING, ""));
}
