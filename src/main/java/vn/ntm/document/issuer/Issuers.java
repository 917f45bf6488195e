package vn.ntm.document.issuer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.FieldProblem;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyView;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.InputText;
import vn.ntm.text.SearchKey;

/**
 * The issuer of each body as its documents print it: the settings saved for the body, else the defaults of its
 * body type ({@link IssuerDefaults}). Anyone who may read a body reads them; those who keep issuers
 * ({@link Permissions#mayKeepIssuers}) in the body's unit save them. A save is checked as the page will print it
 * (IN HOA lines that fit the header cell, a symbol the number's format can carry), refused over a newer version,
 * and audited.
 */
@Service
public class Issuers {

    static final String ENTITY = "document_issuer";

    /** Letters in capitals, as a symbol is printed ("UBND", "HĐND", "ĐU"): the number's format takes letters only. */
    private static final Pattern SYMBOL = Pattern.compile("\\p{Lu}{1,20}");

    private static final Pattern UNIT_CODE = Pattern.compile("\\p{Lu}{1,10}");

    private final IssuerStore store;
    private final IssuerDefaults defaults;
    private final BodyDirectory bodies;
    private final CurrentScope scope;
    private final AuditLog audit;

    Issuers(IssuerStore store, IssuerDefaults defaults, BodyDirectory bodies, CurrentScope scope, AuditLog audit) {
        this.store = store;
        this.defaults = defaults;
        this.bodies = bodies;
        this.scope = scope;
        this.audit = audit;
    }

    /** The settings of a body's documents: saved ones, or the defaults of its body type. */
    @Transactional(readOnly = true)
    public IssuerSettings of(long bodyId) {
        BodyView body = bodies.get(bodyId);
        return store.find(bodyId).map(row -> saved(body, row)).orElseGet(() -> defaults.of(body));
    }

    /** What its body type would give the body, whatever is saved: shown beside the saved settings. */
    @Transactional(readOnly = true)
    public IssuerSettings defaultsOf(long bodyId) {
        return defaults.of(bodies.get(bodyId));
    }

    /** The changes of a body's settings, oldest first (the caller must be able to read the body). */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long bodyId) {
        bodies.get(bodyId);
        return audit.history(ENTITY, bodyId);
    }

    /** Whether the caller may save the settings of bodies in this unit. */
    public boolean mayKeep(long unitId) {
        return Permissions.mayKeepIssuers(scope.actor()) && scope.get().canWrite(unitId);
    }

    /**
     * Saves a body's settings. {@code version}: the one the form was opened on (null when none was saved yet).
     * Refused outside the caller's scope or role, with every field's problem at once, or when someone saved since.
     */
    @Transactional
    public IssuerSettings save(long bodyId, Integer version, IssuerForm form) {
        BodyView body = bodies.get(bodyId);
        scope.get().requireWrite(body.unitId());
        if (!Permissions.mayKeepIssuers(scope.actor())) {
            throw new OutOfScopeException("document.issuer.error.role");
        }
        LayoutFamily family = IssuerDefaults.party(body.bodyType()) ? LayoutFamily.PARTY : LayoutFamily.STATE;
        IssuerStore.Row row = checked(body, HeaderCell.of(family), form);
        Optional<IssuerStore.Row> before = store.find(bodyId);
        boolean written = before.isEmpty()
                ? version == null && store.insert(row, scope.username())
                : version != null && store.update(row, version, scope.username());
        if (!written) {
            Object current = store.find(bodyId).map(IssuerStore.Row::version).orElse(null);
            throw audit.staleEdit(ENTITY, bodyId, version == null ? "-" : version, current == null ? "-" : current);
        }
        IssuerStore.Row old = before.orElse(null);
        Change change = old == null
                ? Change.created(ENTITY, bodyId, body.unitId())
                : Change.updated(ENTITY, bodyId, body.unitId());
        audit.record(change.field("superiorLine", old == null ? null : old.superiorLine(), row.superiorLine())
                .field("issuerLines", old == null ? null : joined(old.lines()), joined(row.lines()))
                .field("symbol", old == null ? null : old.symbol(), row.symbol())
                .field("place", old == null ? null : old.place(), row.place())
                .field("seriesOwnerBodyId", old == null ? null : old.seriesOwnerBodyId(), row.seriesOwnerBodyId())
                .field("draftingUnits", old == null ? null : joined(old.draftingUnits()), joined(row.draftingUnits()))
                .reason(SearchKey.clean(form.reason())));
        return of(bodyId);
    }

    private IssuerStore.Row checked(BodyView body, HeaderCell cell, IssuerForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String superior = blankToNull(clean("superiorLine", form.superiorLine(), problems));
        if (superior != null) {
            capitalsThatFit("superiorLine", superior, cell.fitsSuperiorLine(superior), cell, problems);
        }
        List<String> lines = new ArrayList<>();
        List<String> typed = form.lines();
        for (int i = 0; i < typed.size(); i++) {
            String field = "line" + (i + 1);
            String line = blankToNull(clean(field, typed.get(i), problems));
            if (line != null) {
                capitalsThatFit(field, line, cell.fitsIssuerLine(line), cell, problems);
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            problems.add(new FieldProblem("line1", "document.issuer.error.lineRequired"));
        }
        String symbol = clean("symbol", form.symbol(), problems);
        if (symbol == null || symbol.isEmpty()) {
            problems.add(new FieldProblem("symbol", "document.issuer.error.symbolRequired"));
        } else if (!SYMBOL.matcher(symbol).matches()) {
            problems.add(new FieldProblem("symbol", "document.issuer.error.symbolFormat", symbol));
        }
        String place = clean("place", form.place(), problems);
        if (place == null || place.isEmpty()) {
            problems.add(new FieldProblem("place", "document.issuer.error.placeRequired"));
        } else {
            InputText.length("place", place, 100).ifPresent(problems::add);
        }
        List<String> units = draftingUnits(form.draftingUnits(), problems);
        long seriesOwner = seriesOwner(body, form.seriesOwnerBodyId(), problems);
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return new IssuerStore.Row(body.id(), superior, lines, symbol, place, seriesOwner, units, 0);
    }

    private static void capitalsThatFit(
            String field, String text, boolean fits, HeaderCell cell, List<FieldProblem> problems) {
        if (!text.equals(IssuerDefaults.upper(text))) {
            problems.add(new FieldProblem(field, "document.issuer.error.notCapitals", text));
        } else if (text.length() > 300) {
            InputText.length(field, text, 300).ifPresent(problems::add);
        } else if (!fits) {
            problems.add(new FieldProblem(
                    field, "document.issuer.error.tooWide", text, Math.round(cell.widthTwips() * 25.4 / 1440)));
        }
    }

    private static List<String> draftingUnits(String typed, List<FieldProblem> problems) {
        String text = SearchKey.clean(typed);
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> codes = Arrays.stream(text.split("[,;\\s]+"))
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        codes.stream()
                .filter(c -> !UNIT_CODE.matcher(c).matches())
                .findFirst()
                .ifPresent(c -> problems.add(new FieldProblem("draftingUnits", "document.issuer.error.unitCode", c)));
        if (codes.size() > 20) {
            problems.add(new FieldProblem("draftingUnits", "document.issuer.error.tooManyUnits", 20));
        }
        return codes;
    }

    /** Its own series, or that of another body of its unit (a Ban Thường vụ numbers in its Đảng ủy's). */
    private long seriesOwner(BodyView body, Long ownerId, List<FieldProblem> problems) {
        if (ownerId == null || ownerId == body.id()) {
            return body.id();
        }
        try {
            BodyView owner = bodies.get(ownerId);
            if (owner.unitId() != body.unitId()) {
                problems.add(new FieldProblem(
                        "seriesOwnerBodyId", "document.issuer.error.ownerOtherUnit", owner.name(), body.unitName()));
            }
        } catch (NotFoundException | OutOfScopeException e) {
            problems.add(new FieldProblem("seriesOwnerBodyId", "document.issuer.error.ownerUnknown", ownerId));
        }
        return ownerId;
    }

    private static String clean(String field, String typed, List<FieldProblem> problems) {
        Optional<FieldProblem> bad = InputText.characters(field, typed);
        if (bad.isPresent()) {
            problems.add(bad.get());
            return null;
        }
        return SearchKey.clean(typed);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String joined(List<String> parts) {
        return parts.isEmpty() ? null : String.join(" / ", parts);
    }

    private IssuerSettings saved(BodyView body, IssuerStore.Row row) {
        LayoutFamily family = IssuerDefaults.party(body.bodyType()) ? LayoutFamily.PARTY : LayoutFamily.STATE;
        return new IssuerSettings(
                body.id(),
                new Issuer(family, row.superiorLine(), row.lines(), row.symbol(), row.place()),
                row.seriesOwnerBodyId(),
                true,
                row.version(),
                row.draftingUnits(),
                Set.of());
    }
}
