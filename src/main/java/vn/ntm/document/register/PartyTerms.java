package vn.ntm.document.register;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyView;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.InputText;
import vn.ntm.text.SearchKey;
import vn.ntm.text.TextKind;

/**
 * The terms of each cấp ủy, as entered (a term starts the day after the congress closed, or at the first committee
 * meeting held during it: a date the user gives, never computed). Terms of one cấp ủy never overlap, so a day
 * belongs to at most one term and a Party number to one series.
 */
@Service
public class PartyTerms {

    static final String ENTITY = "document_party_term";

    private final JdbcClient jdbc;
    private final BodyDirectory bodies;
    private final CurrentScope scope;
    private final AuditLog audit;

    PartyTerms(JdbcClient jdbc, BodyDirectory bodies, CurrentScope scope, AuditLog audit) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.scope = scope;
        this.audit = audit;
    }

    /** Adds a term of the cấp ủy; refused when it overlaps one already entered. */
    @Transactional
    public PartyTerm add(long ownerBodyId, String label, LocalDate startsOn, LocalDate endsOn) {
        BodyView owner = bodies.get(ownerBodyId);
        scope.get().requireWrite(owner.unitId());
        if (!mayKeepTerms()) {
            throw new OutOfScopeException("document.error.keepTermsRole");
        }
        String name = SearchKey.clean(InputText.check("label", label, TextKind.NAME));
        if (name == null || name.isEmpty()) {
            throw new BadInputException("label", "document.error.termLabelRequired");
        }
        InputText.length("label", name, 40).ifPresent(p -> {
            throw new BadInputException(List.of(p));
        });
        if (startsOn == null) {
            throw new BadInputException("startsOn", "document.error.termStartRequired");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new BadInputException("endsOn", "document.error.termEndsBeforeStart", endsOn, startsOn);
        }
        // one cấp ủy's terms are added one at a time, so two overlapping terms cannot both pass the check
        jdbc.sql("select pg_advisory_xact_lock(hashtext('document_party_term'), (? % 2147483647)::int)")
                .param(ownerBodyId)
                .query((rs, n) -> 1)
                .list();
        for (PartyTerm other : of(ownerBodyId)) {
            boolean overlaps = !(endsOn != null && endsOn.isBefore(other.startsOn()))
                    && !(other.endsOn() != null && other.endsOn().isBefore(startsOn));
            if (overlaps) {
                throw new ConflictException("startsOn", "document.error.termOverlaps", other.label(), owner.name());
            }
        }
        long id = jdbc.sql("""
                        insert into document_party_term (owner_body_id, label, starts_on, ends_on, created_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(ownerBodyId, name, startsOn, endsOn, scope.username())
                .query(Long.class)
                .single();
        audit.record(Change.created(ENTITY, id, owner.unitId())
                .field("bodyId", null, ownerBodyId)
                .field("label", null, name)
                .field("startsOn", null, startsOn)
                .field("endsOn", null, endsOn));
        return new PartyTerm(id, ownerBodyId, name, startsOn, endsOn);
    }

    /** The cấp ủy's terms, oldest first (the caller must be able to read the body). */
    @Transactional(readOnly = true)
    public List<PartyTerm> list(long ownerBodyId) {
        bodies.get(ownerBodyId);
        return of(ownerBodyId);
    }

    /** The term covering the day; refused when none was entered for it. */
    public PartyTerm covering(long ownerBodyId, LocalDate day) {
        return of(ownerBodyId).stream()
                .filter(t -> t.covers(day))
                .findFirst()
                .orElseThrow(() -> new BadInputException("issuedOn", "document.error.noTerm", day));
    }

    private List<PartyTerm> of(long ownerBodyId) {
        return jdbc.sql("select * from document_party_term where owner_body_id = ? order by starts_on")
                .param(ownerBodyId)
                .query((rs, n) -> new PartyTerm(
                        rs.getLong("id"),
                        rs.getLong("owner_body_id"),
                        rs.getString("label"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    private boolean mayKeepTerms() {
        return Permissions.mayKeepIssuers(scope.actor());
    }
}
