package vn.ntm.scope;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import tools.jackson.databind.JsonNode;
import vn.ntm.scope.Fixtures.Spot;
import vn.ntm.scope.Session.Answer;
import vn.ntm.scope.Session.Req;
import vn.ntm.text.VietnameseDates;

/**
 * The documents the matrix aims at, made by the administrator through the screens and the API: a draft, a numbered
 * one, one with a signed copy waiting for confirmation, each of the commune's people's committee (a body of that type
 * is added where the demo has none). A refused request changes nothing, so one of each per commune serves them all;
 * a request expected to change it gets a fresh one ({@code fresh}).
 */
final class DocumentTargets {

    /** What the matrix needs of a document: its id, the version to name, a signed copy's id if it has one. */
    record Target(long id, int version, Long copy) {}

    enum Stage {
        DRAFT,
        NUMBERED,
        SIGNED
    }

    // one per matrix run: the run's fixtures are its key
    private static final Map<Fixtures, DocumentTargets> RUNS = new IdentityHashMap<>();

    private final Fixtures data;
    private final Map<String, Object> once = new HashMap<>();

    private DocumentTargets(Fixtures data) {
        this.data = data;
    }

    static synchronized DocumentTargets of(Fixtures data) {
        return RUNS.computeIfAbsent(data, DocumentTargets::new);
    }

    /** The commune's document at that stage: shared, or made anew. */
    Target at(Spot s, Stage stage, boolean fresh) {
        return fresh ? make(s, stage) : cached("document " + stage + " " + s.unit(), () -> make(s, stage));
    }

    /** The title every document of the commune carries: only a reader of the commune sees it in a list. */
    static String title(Spot s) {
        return "văn bản ma trận " + s.commune().code() + " năm " + s.year();
    }

    /** The compose form of a state công văn of the commune's people's committee, as the screen posts it. */
    Map<String, Object> composeFields(Spot s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unitId", s.unit());
        fields.put("issuerBodyId", ubnd(s));
        fields.put("kind", "CONG_VAN");
        fields.put("title", title(s) + " (" + data.next() + ")");
        fields.put("recipients", "Các thôn");
        fields.put("body", "Đề nghị các thôn rà soát các tiêu chí.\n- Báo cáo trước ngày 30/12./.");
        fields.put("distribution", "Chủ tịch, PCT UBND xã");
        fields.put("draftingUnit", "VP");
        fields.put("authority", "KT");
        fields.put("signerTitle", "CHỦ TỊCH");
        fields.put("position", "PHÓ CHỦ TỊCH");
        fields.put("signerName", "Người Ký Thử");
        return fields;
    }

    static String today() {
        return VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE));
    }

    /** A one-page PDF without text: a scan, which waits for confirmation. */
    static byte[] blankScan() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Target make(Spot s, Stage stage) {
        Answer created = page(Req.form("/documents", composeFields(s)));
        long id = Long.parseLong(created.location().replaceFirst(".*/documents/", ""));
        if (stage != Stage.DRAFT) {
            page(Req.form("/documents/" + id + "/number", Map.of("version", version(id), "issuedOn", today())));
        }
        if (stage == Stage.SIGNED) {
            page(Req.multipart(
                    "/documents/" + id + "/signed", Map.of("version", version(id)), "ban-quet.pdf", blankScan(), true));
        }
        JsonNode view = view(id);
        JsonNode copies = view.path("signedCopies");
        Long copy = copies.isEmpty() ? null : copies.get(0).path("id").asLong();
        return new Target(id, view.path("version").asInt(), copy);
    }

    int version(long id) {
        return view(id).path("version").asInt();
    }

    private JsonNode view(long id) {
        Req req = Req.get("/api/v1/documents/" + id);
        return Fixtures.json(data.admin().send(req), req.toString());
    }

    /** The commune's Ủy ban nhân dân: the demo's, or one added for the matrix. */
    private long ubnd(Spot s) {
        return cached("ubnd " + s.unit(), () -> {
            Req list = Req.get("/api/v1/bodies?unitId=" + s.unit());
            for (JsonNode body : Fixtures.json(data.admin().send(list), list.toString())) {
                if ("UBND_XA".equals(body.path("bodyType").asString())) {
                    return body.path("id").asLong();
                }
            }
            Req create = Req.json(
                    "POST",
                    "/api/v1/bodies",
                    Fixtures.json(Map.of(
                            "unitId",
                            s.unit(),
                            "bodyType",
                            "UBND_XA",
                            "name",
                            "Ủy ban nhân dân " + s.commune().name() + " (ma trận)")));
            return Fixtures.json(data.admin().send(create), create.toString())
                    .path("id")
                    .asLong();
        });
    }

    /** A page post of the administrator that must succeed (a redirect to the document). */
    private Answer page(Req req) {
        Answer answer = data.admin().send(req);
        if (answer.status() != 302
                || answer.location() == null
                || !answer.location().contains("/documents/")) {
            throw new IllegalStateException(req + " as admin: " + answer + " " + answer.body());
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> make) {
        Object known = once.get(key);
        if (known == null) {
            known = make.get();
            once.put(key, known);
        }
        return (T) known;
    }
}
