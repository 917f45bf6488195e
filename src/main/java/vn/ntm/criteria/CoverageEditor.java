package vn.ntm.criteria;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.InputText;
import vn.ntm.text.TextKind;
import vn.ntm.unit.UnitType;

/**
 * An administrator states which unit types a set covers, as its decision says (xã; phường, thị trấn or đặc khu
 * only where it says so). From then on the product's files no longer change them. Versioned and audited; every
 * list and count of the set's units follows at once.
 */
@Service
class CoverageEditor {

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final CurrentScope scope;
    private final AuditLog audit;

    CoverageEditor(JdbcClient jdbc, Catalog catalog, CurrentScope scope, AuditLog audit) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public CriteriaSet update(String setCode, List<String> typeNames, Integer version, String reason) {
        if (!Permissions.mayEditNationalCatalog(scope.actor())) {
            throw new OutOfScopeException("catalog.error.adminOnly");
        }
        InputText.check("reason", reason, TextKind.REASON);
        CriteriaSet set = catalog.set(setCode);
        List<String> allowed =
                UnitCoverage.choices(set.level()).stream().map(Enum::name).toList();
        List<String> chosen = typeNames == null
                ? List.of()
                : typeNames.stream().map(String::trim).distinct().toList();
        if (chosen.isEmpty()) {
            throw new BadInputException("unitTypes", "authoring.error.unitTypesRequired");
        }
        chosen.stream().filter(t -> !allowed.contains(t)).findFirst().ifPresent(t -> {
            throw new BadInputException("unitTypes", "authoring.error.unitType", t, String.join(", ", allowed));
        });
        if (version == null) {
            throw new BadInputException("version", "error.version.required");
        }
        List<UnitType> types = chosen.stream().map(UnitType::valueOf).sorted().toList();
        int updated = jdbc.sql("""
                        update criteria_set set unit_types = ?, unit_types_by = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(CatalogStore.stored(types), scope.username(), set.id(), version)
                .update();
        if (updated == 0) {
            throw audit.staleEdit(SetImport.ENTITY, set.id(), version, set.version());
        }
        audit.record(Change.updated(SetImport.ENTITY, set.id(), null)
                .field("unitTypes", CatalogStore.stored(set.unitTypes()), CatalogStore.stored(types))
                .reason(reason == null || reason.isBlank() ? null : reason.trim()));
        catalog.forget();
        return catalog.set(set.id());
    }
}
