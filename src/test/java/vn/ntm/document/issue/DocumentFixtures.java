package vn.ntm.document.issue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.document.Source;
import vn.ntm.document.layout.DateLine;
import vn.ntm.testing.DemoPlaces;

/**
 * What the documents' tests share: acting as a demo user, the demo bodies of Khe Tre, drafts with small fixed files
 * (the renderer is wired in at merge), and real PDFs: one whose page shows a number, a date line and a signing
 * time as signing software prints it, optionally carrying a signature dictionary (signed with a dummy signature, as
 * a PDF signed without a certificate: the dictionary is real, the signature bytes are not).
 */
public final class DocumentFixtures {

    public static final String LEADER = "lanhdao.khetre";
    public static final String OFFICER = "xa.khetre";
    public static final String OTHER_COMMUNE = "xa.talen";
    public static final String VIEWER = "xem.laichau";

    private final UserDetailsService accounts;
    private final JdbcClient jdbc;

    public DocumentFixtures(UserDetailsService accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** Runs as a signed-in demo user (outside a request: the scope is computed for this call). */
    public <T> T as(String username, Supplier<T> call) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** A demo body of Khe Tre by its type ({@code UBND_XA}, {@code DANG_UY_XA}). */
    public long kheTreBody(String bodyType) {
        // the demo's own body: other tests on the shared demo database add bodies of the same type to Khe Tre
        return jdbc.sql("select id from body where unit_id = ? and body_type = ? order by id limit 1")
                .params(DemoPlaces.KHE_TRE.id(jdbc), bodyType)
                .query(Long.class)
                .single();
    }

    public static Documents.Files files(String marker) {
        return new Documents.Files(
                "{\"title\": \"" + marker + "\"}",
                "state-nd30-2020",
                ("docx " + marker).getBytes(),
                ("%PDF-1.7 " + marker).getBytes());
    }

    public static Documents.Draft draft(String family, String title) {
        return new Documents.Draft(family, "KE_HOACH", title, files(title));
    }

    public static DocumentView draftOf(Documents documents, long bodyId, String family, String title, Source source) {
        return documents.draft(bodyId, draft(family, title), source);
    }

    /** State numbering in the series {@code seriesClass} of the body: "Số: 04/KH-UBND". */
    public static Documents.Numbering state(long bodyId, String seriesClass) {
        return new Documents.Numbering(bodyId, seriesClass, n -> "Số: " + (n < 10 ? "0" : "") + n + "/KH-UBND", null);
    }

    /** Party numbering of a type: "Số 66-KH/ĐU". */
    public static Documents.Numbering party(long bodyId, String type) {
        return new Documents.Numbering(bodyId, type, n -> "Số " + (n < 10 ? "0" : "") + n + "-" + type + "/ĐU", null);
    }

    /** A one-page PDF showing these lines (Vietnamese text in PDFBox's own Liberation Sans). */
    public static byte[] pdf(List<String> lines, Signed signed) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font;
            try (InputStream ttf = PDDocument.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(document, ttf);
            }
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(font, 12);
                text.newLineAtOffset(80, 780);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -20);
                }
                text.endText();
            }
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            document.save(plain);
            if (signed == null) {
                return plain.toByteArray();
            }
            return sign(plain.toByteArray(), signed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signature dictionary as a signing tool writes it. */
    public record Signed(String name, String reason, String location, OffsetDateTime at) {}

    private static byte[] sign(byte[] pdf, Signed signed) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(signed.name());
            signature.setReason(signed.reason());
            signature.setLocation(signed.location());
            Calendar at = new GregorianCalendar(TimeZone.getTimeZone(signed.at().getOffset()));
            at.setTimeInMillis(signed.at().toInstant().toEpochMilli());
            signature.setSignDate(at);
            document.addSignature(signature, content -> new byte[] {1, 2, 3});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** The lines a signed state plan shows: its number, its date line, and the time the signing software printed. */
    public static List<String> page(String display, LocalDate issuedOn, String printedTime) {
        return List.of(
                "ỦY BAN NHÂN DÂN XÃ KHE TRE",
                display,
                "Khe Tre, " + DateLine.words(issuedOn),
                "KẾ HOẠCH",
                "Ký bởi: Ủy ban nhân dân xã Khe Tre, thời gian ký: " + printedTime);
    }
}
