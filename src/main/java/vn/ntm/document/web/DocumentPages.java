package vn.ntm.document.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.audit.AuditText;
import vn.ntm.document.DocumentState;
import vn.ntm.document.DocumentView;
import vn.ntm.document.Documents;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.text.VietnameseDates;
import vn.ntm.web.FormDates;

/**
 * One document: its state and number, the pages of its latest revision as images, every revision's files, the signed
 * copies with their hashes and stated signing times, its history, and the actions its state and the caller's role
 * allow (number, upload and confirm the signed copy, withdraw, discard). Every action names the version shown; a
 * refusal re-shows the page with the reason and what was typed.
 */
@Controller
class DocumentPages {

    /** A signed copy as shown: times in Vietnam's time, warnings in words. */
    record CopyRow(
            long id,
            String fileName,
            String sha256,
            long sizeBytes,
            boolean confirmed,
            String uploadedBy,
            String uploadedAt,
            List<String> warnings,
            List<TimeRow> times) {}

    /** A signing time as the copy states it (its own text) and read as Vietnam's time. */
    record TimeRow(String source, String signer, String stated, String inVietnam) {}

    /** A revision as listed: its number, whether it is the numbered final, who made it and when. */
    record RevisionRow(int revision, boolean finalRevision, String createdBy, String createdAt, String pdfSha256) {}

    private final Documents documents;
    private final PageImages images;
    private final DocumentWords words;
    private final AuditText trail;
    private final CurrentScope scope;
    private final Messages messages;
    private final Clock clock;

    DocumentPages(
            Documents documents,
            PageImages images,
            DocumentWords words,
            AuditText trail,
            CurrentScope scope,
            Messages messages,
            Clock clock) {
        this.documents = documents;
        this.images = images;
        this.words = words;
        this.trail = trail;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Model model) {
        DocumentView d = documents.get(id);
        DocumentWords.BodyNames names = words.bodyNames();
        model.addAttribute("doc", d);
        model.addAttribute("issuerName", names.of(d.issuerBodyId()));
        model.addAttribute("kindName", words.kind(d.kind()));
        model.addAttribute(
                "stateName", messages.get("document.state." + d.state().name()));
        model.addAttribute("issuedOn", VietnameseDates.format(d.issuedOn()));
        model.addAttribute("createdAt", VietnameseDates.format(d.createdAt()));
        DocumentView.Revision latest =
                d.revisions().isEmpty() ? null : d.revisions().get(d.revisions().size() - 1);
        model.addAttribute("latest", latest);
        model.addAttribute(
                "pages",
                latest == null
                        ? List.of()
                        : IntStream.rangeClosed(1, pageCount(id, latest.revision()))
                                .boxed()
                                .toList());
        model.addAttribute(
                "revisions",
                d.revisions().stream()
                        .map(r -> new RevisionRow(
                                r.revision(),
                                r.finalRevision(),
                                r.createdBy(),
                                VietnameseDates.format(r.createdAt()),
                                r.pdfSha256()))
                        .toList());
        model.addAttribute("copies", d.signedCopies().stream().map(this::copy).toList());
        boolean writable = scope.get().canWrite(d.unitId());
        model.addAttribute("writable", writable);
        model.addAttribute("numberable", writable && d.state() == DocumentState.DRAFT);
        model.addAttribute("uploadable", writable && d.state() == DocumentState.NUMBERED);
        model.addAttribute(
                "withdrawable", writable && (d.state() == DocumentState.NUMBERED || d.state() == DocumentState.ISSUED));
        model.addAttribute("discardable", writable && d.state() == DocumentState.DRAFT);
        if (!model.containsAttribute("issuedOnText")) {
            model.addAttribute(
                    "issuedOnText", VietnameseDates.format(LocalDate.now(clock.withZone(VietnameseDates.ZONE))));
        }
        model.addAttribute("history", trail.lines(documents.history(id), (entity, field, value) -> switch (field) {
            case "issuerBodyId" ->
                value.matches("\\d+") ? Optional.of(names.of(Long.parseLong(value))) : Optional.empty();
            case "kind" -> Optional.of(words.kind(value));
            case "warnings" -> Optional.of(warnings(value));
            case "signedCopy" -> copyWords(value);
            default -> Optional.empty();
        }));
        return "document/detail";
    }

    @PostMapping("/documents/{id}/number")
    String number(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String issuedOn,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "document.notice.numbered",
                () -> {
                    LocalDate day = FormDates.parse("issuedOn", issuedOn);
                    if (day == null) {
                        throw new BadInputException("issuedOn", "document.error.issuedOnRequired");
                    }
                    return documents.number(id, version, day);
                },
                () -> model.addAttribute("issuedOnText", issuedOn));
    }

    @PostMapping("/documents/{id}/signed")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "document.notice.uploaded",
                () -> {
                    if (file == null || file.isEmpty()) {
                        throw new BadInputException("file", "document.error.signedRequired");
                    }
                    try {
                        return documents.uploadSigned(id, version, file.getOriginalFilename(), file.getBytes());
                    } catch (IOException e) {
                        throw new BadInputException("file", "document.error.signedRequired");
                    }
                },
                () -> {});
    }

    @PostMapping("/documents/{id}/signed/{copy}/confirm")
    String confirm(
            @PathVariable long id,
            @PathVariable long copy,
            @RequestParam(required = false) Integer version,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "document.notice.confirmed",
                () -> documents.confirmSigned(id, version, copy),
                () -> {});
    }

    @PostMapping("/documents/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "document.notice.withdrawn",
                () -> documents.withdraw(id, version, reason),
                () -> model.addAttribute("withdrawReason", reason));
    }

    @PostMapping("/documents/{id}/discard")
    String discard(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                model,
                redirect,
                "document.notice.discarded",
                () -> documents.discard(id, version, reason),
                () -> model.addAttribute("discardReason", reason));
    }

    /** An action: done → back to the page with a notice; refused → the page again with the reason and the input. */
    private String act(
            long id,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Supplier<DocumentView> action,
            Runnable keepInput) {
        try {
            DocumentView done = action.get();
            redirect.addFlashAttribute("notice", messages.get(notice, done.display() == null ? "" : done.display()));
            return "redirect:/documents/" + id;
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            keepInput.run();
            model.addAttribute(
                    "pageError",
                    e.details().isEmpty()
                            ? messages.get(e.messageKey(), e.args())
                            : e.details().stream()
                                    .map(p -> messages.get(p.messageKey(), p.args()))
                                    .collect(Collectors.joining(" ")));
            return show(id, model);
        }
    }

    private int pageCount(long id, int revision) {
        return images.pages(
                id, revision, () -> documents.revisionFile(id, revision, true).content());
    }

    private CopyRow copy(DocumentView.SignedCopy c) {
        return new CopyRow(
                c.id(),
                c.fileName(),
                c.sha256(),
                c.sizeBytes(),
                c.confirmed(),
                c.uploadedBy(),
                VietnameseDates.format(c.uploadedAt()),
                c.warnings().stream().map(messages::get).toList(),
                c.signingTimes().stream()
                        .map(t -> new TimeRow(
                                messages.get("document.signingTime.source." + t.source()),
                                t.signer(),
                                t.statedText(),
                                VietnameseDates.format(t.statedAt())))
                        .toList());
    }

    /**
     * "12 sha256 ab12…" as logged: the copy and the start of its hash (the whole hash, 64 characters without a break,
     * is shown with the copy itself; in the history it would push a phone screen sideways).
     */
    private Optional<String> copyWords(String logged) {
        String[] parts = logged.split(" ");
        if (parts.length != 3 || parts[2].length() < 12) {
            return Optional.empty();
        }
        return Optional.of(messages.get("document.history.signedCopy", parts[0], parts[2].substring(0, 12)));
    }

    private String warnings(String keys) {
        return Arrays.stream(keys.split(",\\s*"))
                .map(k -> messages.find(k).orElse(k))
                .collect(Collectors.joining(" "));
    }
}
