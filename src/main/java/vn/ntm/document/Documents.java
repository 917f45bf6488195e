package vn.ntm.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.document.issue.DocumentEvents;
import vn.ntm.document.issue.DocumentStore;
import vn.ntm.document.issue.OfficialDocument;
import vn.ntm.document.issue.SignedCopies;
import vn.ntm.document.issuer.IssuerSettings;
import vn.ntm.document.issuer.Issuers;
import vn.ntm.document.register.NumberRegister;
import vn.ntm.document.register.PartyTerms;
import vn.ntm.document.register.SeriesKey;
import vn.ntm.document.register.TakenNumber;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyView;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.InputText;
import vn.ntm.text.SearchKey;
import vn.ntm.text.TextKind;

/**
 * The documents of the bodies in the caller's scope: drafts generated from a feature's content, numbered from the
 * register when issued (never when drafted), the signed copy uploaded back as the issued version, withdrawn with a
 * reason. Every change names the version it was made on (a concurrent change is refused, never overwritten), is
 * audited, and is refused outside the caller's unit scope. Events are published after commit.
 */
@Service
public class Documents {

    static final String ENTITY = "document";

    /**
     * The files of one generation as the renderer made them: the content handed over (JSON), the layout profile,
     * the .docx and the PDF.
     */
    public record Files(String contentJson, String profileId, byte[] docx, byte[] pdf) {

        public Files {
            if (contentJson == null || profileId == null || profileId.isBlank() || docx == null || pdf == null) {
                throw new IllegalArgumentException("a generation has its content, profile and both files");
            }
        }
    }

    /** A new draft: its family ({@code STATE} or {@code PARTY}), kind code, title and first generation. */
    public record Draft(String family, String kind, String title, Files files) {}

    /**
     * How a document is numbered: whose series ({@code seriesOwnerBodyId}: the body itself, or the Đảng ủy a Ban
     * Thường vụ shares its series with), which series of it ({@code seriesClass}: state 'ADMIN', a kind numbered
     * apart, 'SECRET'; Party: the type abbreviation), the number as printed from the number taken
     * ({@code display}: 4 → "Số: 04/KH-UBND"), and, if given, the final files made with the number and date.
     */
    public record Numbering(
            long seriesOwnerBodyId, String seriesClass, IntFunction<String> display, FinalFiles finalFiles) {}

    /** The final generation, rendered with the number taken (as printed too) and the issue date. */
    @FunctionalInterface
    public interface FinalFiles {
        Files render(int number, String display, LocalDate issuedOn);
    }

    /** A file to download. */
    public record Download(String fileName, String contentType, byte[] content) {}

    private final DocumentStore store;
    private final NumberRegister register;
    private final PartyTerms terms;
    private final SignedCopies signedCopies;
    private final DocumentEvents events;
    private final ObjectProvider<IssueGuard> guards;
    private final BodyDirectory bodies;
    private final CurrentScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final DocumentRenderer renderer;
    private final Issuers issuers;

    Documents(
            DocumentStore store,
            NumberRegister register,
            PartyTerms terms,
            SignedCopies signedCopies,
            DocumentEvents events,
            ObjectProvider<IssueGuard> guards,
            BodyDirectory bodies,
            CurrentScope scope,
            AuditLog audit,
            Clock clock,
            DocumentRenderer renderer,
            Issuers issuers) {
        this.renderer = renderer;
        this.issuers = issuers;
        this.store = store;
        this.register = register;
        this.terms = terms;
        this.signedCopies = signedCopies;
        this.events = events;
        this.guards = guards;
        this.bodies = bodies;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new draft of the body, for the feature that asked ({@code source} null: composed by hand). */
    @Transactional
    public DocumentView draft(long issuerBodyId, Draft draft, Source source) {
        BodyView issuer = bodies.get(issuerBodyId);
        requireDrafting(issuer.unitId());
        String family = family(draft.family());
        String kind = kind(draft.kind());
        String title = title(draft.title());
        long id = store.insert(issuerBodyId, issuer.unitId(), family, kind, title, source, scope.username());
        int revision = addRevision(id, false, draft.files());
        audit.record(Change.created(ENTITY, id, issuer.unitId())
                .field("issuerBodyId", null, issuerBodyId)
                .field("family", null, family)
                .field("kind", null, kind)
                .field("title", null, title)
                .field("source", null, source == null ? null : source.module() + ":" + source.ref())
                .field("revision", null, revision));
        return get(id);
    }

    /**
     * A new draft of the body from a feature's content, printed with the body's issuer settings (what features and
     * the compose screen call).
     */
    @Transactional
    public DocumentView draft(long issuerBodyId, DocumentContent content, Source source) {
        return draft(issuerBodyId, issuers.of(issuerBodyId).issuer(), content, source);
    }

    /**
     * Numbers a draft made by {@link #draft(long, DocumentContent, Source)}: from the content of its latest
     * generation, in the series of its issuer's settings (state: the administrative series of the year; Party: the
     * series of its type in the term).
     */
    @Transactional
    public DocumentView number(long id, Integer version, LocalDate issuedOn) {
        OfficialDocument current = changeable(id, version);
        DocumentContent content = ContentFiles.content(
                store.latestContent(id).orElseThrow(() -> new ConflictException("state", "document.error.noContent")));
        IssuerSettings settings = issuers.of(current.issuerBodyId());
        Issuer issuer = settings.issuer();
        return number(
                id,
                version,
                issuedOn,
                issuer,
                content,
                settings.seriesOwnerBodyId(),
                SeriesKey.classOf(issuer.family(), content.kind()));
    }

    /**
     * A new draft rendered from a feature's content in its issuer's layout: both files are read back against the
     * layout rules before anything is stored (a broken rule refuses the draft with the rule's name).
     */
    @Transactional
    public DocumentView draft(long issuerBodyId, Issuer issuer, DocumentContent content, Source source) {
        Files files = ContentFiles.of(content, issuer, renderer.render(content, issuer));
        return draft(
                issuerBodyId,
                new Draft(issuer.family().name(), content.kind().name(), ContentFiles.title(content), files),
                source);
    }

    /**
     * Numbers a draft made from {@code content}: the number as the issuer's layout prints it ("Số: 04/KH-UBND",
     * "Số 66-KH/ĐU"), and the final generation rendered with that number and the issue date.
     */
    @Transactional
    public DocumentView number(
            long id,
            Integer version,
            LocalDate issuedOn,
            Issuer issuer,
            DocumentContent content,
            long seriesOwnerBodyId,
            String seriesClass) {
        Numbering numbering = new Numbering(
                seriesOwnerBodyId,
                seriesClass,
                n -> DocumentNumber.of(content.kind(), issuer, n, content.draftingUnit())
                        .display(),
                (n, display, on) -> ContentFiles.of(content, issuer, renderer.render(content.dated(on), issuer, n)));
        return number(id, version, issuedOn, numbering);
    }

    /** A new generation of a draft (its content changed); the earlier ones stay. */
    @Transactional
    public DocumentView redraft(long id, Integer version, String title, Files files) {
        OfficialDocument current = changeable(id, version);
        requireDrafting(current.unitId());
        OfficialDocument moved = current.redrafted(title == null ? current.title() : title(title));
        save(moved, version);
        int revision = addRevision(id, false, files);
        audit.record(Change.of("REDRAFT", ENTITY, id, current.unitId())
                .field("title", current.title(), moved.title())
                .field("revision", revision - 1, revision));
        return get(id);
    }

    /**
     * Takes the document's number from the register and sets its issue date (a day in Vietnam, not after today):
     * refused while a guard of its source names a problem. The number is the next of its series, in this
     * transaction: refused or rolled back, nothing is taken.
     */
    @Transactional
    public DocumentView number(long id, Integer version, LocalDate issuedOn, Numbering numbering) {
        OfficialDocument current = changeable(id, version);
        requireIssuing(current);
        if (issuedOn == null) {
            throw new BadInputException("issuedOn", "document.error.issuedOnRequired");
        }
        LocalDate today = LocalDate.now(clock);
        if (issuedOn.isAfter(today)) {
            throw new BadInputException("issuedOn", "document.error.issuedInFuture", issuedOn, today);
        }
        OfficialDocument moved = current.numbered(issuedOn);
        List<String> problems = problems(current.source());
        if (!problems.isEmpty()) {
            throw new ConflictException("state", "document.error.guarded", String.join("; ", problems));
        }
        save(moved, version);
        SeriesKey series =
                register.series(current.family(), numbering.seriesOwnerBodyId(), numbering.seriesClass(), issuedOn);
        TakenNumber number = register.take(series, id, issuedOn, numbering.display(), scope.username());
        Change change = Change.of("NUMBER", ENTITY, id, current.unitId())
                .field("documentState", current.state(), moved.state())
                .field("number", null, number.display())
                .field("issuedOn", null, issuedOn);
        if (numbering.finalFiles() != null) {
            change.field(
                    "revision",
                    null,
                    addRevision(id, true, numbering.finalFiles().render(number.number(), number.display(), issuedOn)));
        }
        audit.record(change);
        events.happened(new DocumentNumbered(
                id, current.issuerBodyId(), current.kind(), number.display(), issuedOn, current.source()));
        return get(id);
    }

    /**
     * Keeps a signed copy uploaded back (PDF or scanned image). When its text shows the register's number and date
     * it is confirmed at once and the document is issued; otherwise it waits for {@link #confirmSigned} (the view's
     * copy lists what differed).
     */
    @Transactional
    public DocumentView uploadSigned(long id, Integer version, String fileName, byte[] content) {
        OfficialDocument current = changeable(id, version);
        requireIssuing(current);
        current.requireSignedCopyAllowed();
        save(current, version);
        TakenNumber number = register.of(id).orElseThrow();
        SignedCopies.Stored copy =
                signedCopies.upload(id, fileName, content, number.display(), current.issuedOn(), scope.username());
        audit.record(Change.of("UPLOAD_SIGNED", ENTITY, id, current.unitId())
                .field("signedCopy", null, copy.id() + " sha256 " + copy.sha256())
                .field("warnings", null, copy.warnings().isEmpty() ? null : String.join(", ", copy.warnings())));
        if (copy.warnings().isEmpty()) {
            issued(current, copy.id(), copy.sha256(), number.display());
        }
        return get(id);
    }

    /** Confirms a copy whose upload showed differences: it becomes the issued version. */
    @Transactional
    public DocumentView confirmSigned(long id, Integer version, long copyId) {
        OfficialDocument current = changeable(id, version);
        requireIssuing(current);
        current.requireSignedCopyAllowed();
        save(current, version);
        String sha = signedCopies.confirm(id, copyId, scope.username()).orElseThrow(() -> unconfirmable(id, copyId));
        audit.record(Change.of("CONFIRM_SIGNED", ENTITY, id, current.unitId())
                .field("signedCopy", null, copyId + " sha256 " + sha));
        issued(current, copyId, sha, register.of(id).orElseThrow().display());
        return get(id);
    }

    /** Why a copy could not be confirmed: not one of the document's, or confirmed already. */
    private RuntimeException unconfirmable(long id, long copyId) {
        return signedCopies.confirmed(id, copyId).isPresent()
                ? new ConflictException("copyId", "document.error.copyConfirmed")
                : new NotFoundException("copyId", "document.error.copyNotFound", copyId);
    }

    /** Withdraws (thu hồi) a numbered or issued document for a reason; its number stays taken. */
    @Transactional
    public DocumentView withdraw(long id, Integer version, String reason) {
        OfficialDocument current = changeable(id, version);
        requireIssuing(current);
        OfficialDocument moved = current.withdrawn(requiredReason(reason));
        save(moved, version);
        audit.record(Change.of("WITHDRAW", ENTITY, id, current.unitId())
                .field("documentState", current.state(), moved.state())
                .reason(moved.stateReason()));
        String display = register.of(id).map(TakenNumber::display).orElse(null);
        events.happened(new DocumentWithdrawn(
                id, current.issuerBodyId(), current.kind(), display, moved.stateReason(), current.source()));
        return get(id);
    }

    /** Gives up a draft that was never numbered (the reason may be empty); it is kept. */
    @Transactional
    public DocumentView discard(long id, Integer version, String reason) {
        OfficialDocument current = changeable(id, version);
        requireDrafting(current.unitId());
        String why =
                reason == null || reason.isBlank() ? null : InputText.check("reason", reason.trim(), TextKind.REASON);
        OfficialDocument moved = current.discarded(why);
        save(moved, version);
        audit.record(Change.of("DISCARD", ENTITY, id, current.unitId())
                .field("documentState", current.state(), moved.state())
                .reason(why));
        return get(id);
    }

    /** The document if the caller may read its unit (two statements: the document, its signed copies). */
    @Transactional(readOnly = true)
    public DocumentView get(long id) {
        DocumentStore.Read read =
                store.read(id).orElseThrow(() -> new NotFoundException("id", "document.error.notFound", id));
        scope.get().requireRead(read.document().unitId());
        return view(read, signedCopies.of(List.of(id)));
    }

    /**
     * Documents in the caller's scope, newest first (at most 500), narrowed by body, state and year if given; two
     * statements however many there are.
     */
    @Transactional(readOnly = true)
    public List<DocumentView> list(Long issuerBodyId, DocumentState state, Integer year) {
        List<DocumentStore.Read> found = store.read(scope.get().readableOrNull(), issuerBodyId, state, year);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DocumentView.SignedCopy>> copies =
                signedCopies.of(found.stream().map(r -> r.document().id()).toList());
        return found.stream().map(r -> view(r, copies)).toList();
    }

    /**
     * The register of one series of a body, in number order: the series of {@code seriesClass} for the calendar
     * year of {@code day} (a state body), or for the term covering {@code day} (a Party body).
     */
    @Transactional(readOnly = true)
    public List<RegisterLine> register(long ownerBodyId, String family, String seriesClass, LocalDate day) {
        bodies.get(ownerBodyId);
        return register.entries(register.series(family(family), ownerBodyId, seriesClass, day));
    }

    /**
     * Adds a term (nhiệm kỳ) of a cấp ủy, for callers outside the module (the demo data); refused when it overlaps
     * one entered already. Its id.
     */
    @Transactional
    public long addPartyTerm(long ownerBodyId, String label, LocalDate startsOn, LocalDate endsOn) {
        return terms.add(ownerBodyId, label, startsOn, endsOn).id();
    }

    /** The document's audit trail, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        readable(id);
        return audit.history(ENTITY, id);
    }

    /** The .docx or PDF of one revision. */
    @Transactional(readOnly = true)
    public Download revisionFile(long id, int revision, boolean pdf) {
        readable(id);
        byte[] bytes = store.revisionFile(id, revision, pdf)
                .orElseThrow(() -> new NotFoundException("revision", "document.error.revisionNotFound", revision));
        String name = "van-ban-" + id + "-" + revision + (pdf ? ".pdf" : ".docx");
        return new Download(
                name,
                pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                bytes);
    }

    /** A signed copy's file, as uploaded. */
    @Transactional(readOnly = true)
    public Download signedFile(long id, long copyId) {
        readable(id);
        SignedCopies.Content c = signedCopies
                .content(id, copyId)
                .orElseThrow(() -> new NotFoundException("copyId", "document.error.copyNotFound", copyId));
        return new Download(c.fileName(), c.contentType(), c.bytes());
    }

    private void issued(OfficialDocument current, long copyId, String sha, String display) {
        if (current.state() == DocumentState.ISSUED) {
            return; // a better copy of an issued document: the newest confirmed one is the issued version
        }
        OfficialDocument moved = current.issued();
        store.save(moved, current.version() + 1);
        audit.record(Change.of("ISSUE", ENTITY, current.id(), current.unitId())
                .field("documentState", current.state(), moved.state())
                .field("signedCopy", null, copyId + " sha256 " + sha));
        events.happened(new DocumentIssued(
                current.id(),
                current.issuerBodyId(),
                current.kind(),
                display,
                current.issuedOn(),
                current.source(),
                sha));
    }

    private static DocumentView view(DocumentStore.Read read, Map<Long, List<DocumentView.SignedCopy>> copies) {
        OfficialDocument d = read.document();
        TakenNumber number = read.number();
        return new DocumentView(
                d.id(),
                d.issuerBodyId(),
                d.unitId(),
                d.family(),
                d.kind(),
                d.title(),
                d.state(),
                d.source(),
                d.issuedOn(),
                number == null ? null : number.number(),
                number == null ? null : number.display(),
                d.stateReason(),
                d.version(),
                read.created().by(),
                read.created().at(),
                read.revisions(),
                copies.getOrDefault(d.id(), List.of()));
    }

    private List<String> problems(Source source) {
        if (source == null) {
            return List.of();
        }
        // asked each time: a feature's guard counts from the moment its bean exists
        return guards.orderedStream()
                .filter(g -> g.sourceModule().equals(source.module()))
                .flatMap(g -> g.problems(source.ref()).stream())
                .toList();
    }

    private int addRevision(long id, boolean finalRevision, Files files) {
        if (files.docx().length == 0 || files.pdf().length == 0) {
            throw new IllegalArgumentException("a generation has both files, not empty ones");
        }
        return store.addRevision(
                id, finalRevision, files.contentJson(), files.profileId(), files.docx(), files.pdf(), scope.username());
    }

    /** The document to change: readable, writable by the caller, and the version they saw. */
    private OfficialDocument changeable(long id, Integer version) {
        OfficialDocument current = readable(id);
        scope.get().requireWrite(current.unitId());
        if (version == null) {
            throw new BadInputException("version", "error.version.required");
        }
        if (version != current.version()) {
            throw stale(id, version);
        }
        return current;
    }

    private void save(OfficialDocument moved, int version) {
        if (!store.save(moved, version)) {
            throw stale(moved.id(), version);
        }
    }

    private OfficialDocument readable(long id) {
        OfficialDocument d =
                store.find(id).orElseThrow(() -> new NotFoundException("id", "document.error.notFound", id));
        scope.get().requireRead(d.unitId());
        return d;
    }

    private ConcurrentEditException stale(long id, int asked) {
        return audit.staleEdit(ENTITY, id, asked, store.version(id));
    }

    private void requireDrafting(long unitId) {
        scope.get().requireWrite(unitId);
        if (!mayDraft()) {
            throw new OutOfScopeException("document.error.draftRole");
        }
    }

    private void requireIssuing(OfficialDocument document) {
        if (!mayIssue(document.issuerBodyId())) {
            throw new OutOfScopeException("document.error.issueRole");
        }
    }

    private boolean mayDraft() {
        return Permissions.mayDraftDocuments(scope.actor());
    }

    /** Under the "own body" condition, an office (a Văn phòng) also issues for the body it serves. */
    private boolean mayIssue(long issuerBodyId) {
        return Permissions.mayIssueDocuments(scope.actor(), issuerBodyId, bodies::parentOf, bodies::isOffice);
    }

    private static String family(String family) {
        String code = family == null ? "" : family.trim().toUpperCase(Locale.ROOT);
        if (!SeriesKey.STATE.equals(code) && !SeriesKey.PARTY.equals(code)) {
            throw new BadInputException("family", "document.error.family", family);
        }
        return code;
    }

    private static String kind(String kind) {
        if (kind == null || !kind.matches("[A-Z][A-Z0-9_]{0,29}")) {
            throw new BadInputException("kind", "document.error.kind", kind);
        }
        return kind;
    }

    private static String title(String title) {
        String clean = SearchKey.clean(InputText.check("title", title, TextKind.NOTE));
        if (clean == null || clean.isEmpty()) {
            throw new BadInputException("title", "document.error.titleRequired");
        }
        InputText.length("title", clean, 1000).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        return clean;
    }

    private static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason", "document.error.reasonRequired");
        }
        return InputText.check("reason", reason.trim(), TextKind.REASON);
    }
}
