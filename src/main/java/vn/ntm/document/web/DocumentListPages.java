package vn.ntm.document.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.issuer.IssuerSettings;
import vn.ntm.document.issuer.Issuers;
import vn.ntm.document.register.SeriesKey;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;
import vn.ntm.web.Htmx;

/**
 * The documents in the caller's scope, filtered by issuer, kind, state and year (htmx swaps the rows only), and the
 * register of outgoing documents (sổ đăng ký văn bản đi) of one body.
 */
@Controller
class DocumentListPages {

    /** One line of the list, every code already in words. */
    record Row(long id, String number, String date, String kind, String title, String issuer, String state) {}

    /** One line of the register, with its document's kind and title. */
    record RegisterRow(String number, String date, String kind, String title, long documentId, String takenBy) {}

    private final Documents documents;
    private final Issuers issuers;
    private final DocumentWords words;
    private final Messages messages;

    DocumentListPages(Documents documents, Issuers issuers, DocumentWords words, Messages messages) {
        this.documents = documents;
        this.issuers = issuers;
        this.words = words;
        this.messages = messages;
    }

    @GetMapping("/documents")
    String list(
            @RequestParam(required = false) Long body,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) Integer year,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        DocumentState wanted = parse(DocumentState.class, state);
        String kindCode = parse(DocumentKind.class, kind) == null ? null : kind;
        DocumentWords.BodyNames names = words.bodyNames();
        List<Row> rows = documents.list(body, wanted, year).stream()
                .filter(d -> kindCode == null || kindCode.equals(d.kind()))
                .map(d -> row(d, names))
                .toList();
        if (body != null) {
            names.of(body);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("issuers", new TreeMap<>(names.known()));
        model.addAttribute("kinds", words.kinds());
        model.addAttribute("states", words.states());
        model.addAttribute("body", body);
        model.addAttribute("kind", kindCode);
        model.addAttribute("state", wanted == null ? null : wanted.name());
        model.addAttribute("year", year);
        return Htmx.wantsPart(request, response) ? "document/list :: rows" : "document/list";
    }

    @GetMapping("/documents/register")
    String register(
            @RequestParam long body,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String kind,
            Model model) {
        LocalDate today = LocalDate.now(VietnameseDates.ZONE);
        int shownYear = year == null ? today.getYear() : year;
        IssuerSettings settings = issuers.of(body);
        boolean party = settings.issuer().family() == LayoutFamily.PARTY;
        DocumentKind partyKind = party ? parseOr(kind, DocumentKind.KE_HOACH) : null;
        model.addAttribute("bodyId", body);
        model.addAttribute("bodyName", words.bodyNames().of(body));
        model.addAttribute("year", shownYear);
        model.addAttribute("yearText", String.valueOf(shownYear));
        model.addAttribute("party", party);
        model.addAttribute("kind", partyKind == null ? null : partyKind.name());
        model.addAttribute("kinds", words.kinds());
        try {
            // a Party series runs per type within a term: the term covering the year's last day (or today)
            LocalDate day = shownYear == today.getYear() ? today : LocalDate.of(shownYear, 12, 31);
            String seriesClass = SeriesKey.classOf(settings.issuer().family(), partyKind);
            List<RegisterRow> rows = documents
                    .register(
                            settings.seriesOwnerBodyId(),
                            settings.issuer().family().name(),
                            seriesClass,
                            day)
                    .stream()
                    .map(line -> new RegisterRow(
                            line.display(),
                            VietnameseDates.format(line.issuedOn()),
                            words.kind(line.kind()),
                            line.title(),
                            line.documentId(),
                            line.takenBy()))
                    .toList();
            model.addAttribute("rows", rows);
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            model.addAttribute("rows", List.of());
            model.addAttribute("pageError", messages.get(e.messageKey(), e.args()));
        }
        return "document/register";
    }

    private Row row(DocumentView d, DocumentWords.BodyNames names) {
        return new Row(
                d.id(),
                d.display() == null ? "" : d.display(),
                VietnameseDates.format(d.issuedOn()),
                words.kind(d.kind()),
                d.title(),
                names.of(d.issuerBodyId()),
                messages.get("document.state." + d.state().name()));
    }

    /** A filter's code, or null when empty or unknown (a stale link shows everything rather than an error). */
    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }

    private static DocumentKind parseOr(String code, DocumentKind fallback) {
        DocumentKind kind = parse(DocumentKind.class, code);
        return kind == null ? fallback : kind;
    }
}
