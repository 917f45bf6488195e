package vn.ntm.unit;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;
import vn.ntm.text.SearchKey;

/**
 * An administrator resolves the mapping rows the latest import left open: chooses the old unit (and the new one
 * when that is what is missing) among the units in force the day before (after) the mapping's date, or records
 * that the old commune is in no list, always with a reason. The decision writes the lineage it implies at once,
 * is audited, and is kept by the row's content so every later import of the mapping takes it (and still finds
 * nothing to change). A decision carries a version: a second administrator deciding the same row meanwhile is
 * refused, never overwritten. Changing a decision removes the commune link it wrote; a province link it added
 * stays, since other communes may imply it.
 */
@Service
public class MappingResolutions {

    /** A unit to choose: code, name and its parents as they stood on the date; {@code label} says all three. */
    public record Candidate(long id, String code, String name, String parents, boolean withoutCommunes, String label) {

        Candidate(long id, String code, String name, String parents, boolean withoutCommunes) {
            this(
                    id,
                    code,
                    name,
                    parents,
                    withoutCommunes,
                    code + " " + name + (parents == null || parents.isBlank() ? "" : " (" + parents + ")"));
        }
    }

    /** A decision as the screens show it. */
    public record Decided(
            long id,
            int version,
            boolean inNoList,
            Candidate oldChosen,
            Candidate newChosen,
            String reason,
            String by,
            LocalDate on,
            OffsetDateTime at) {}

    /**
     * One row as the screen shows it: its place and content in the file, why it is open (null when it was decided
     * before the import ran), the side found if one was, and the decision, if any.
     */
    public record RowView(
            LocalDate effective,
            int rowNo,
            String key,
            String oldText,
            String newText,
            boolean hasOldSide,
            String oldDistrict,
            String oldProvince,
            String newName,
            String reason,
            Candidate oldFound,
            Candidate newFound,
            Decided decision) {}

    /** The latest mapping import and its rows: the open ones, then those decided before it ran. */
    public record Overview(
            String fileName,
            LocalDate effective,
            OffsetDateTime importedAt,
            String importedBy,
            List<RowView> open,
            List<RowView> decidedBefore,
            long stillOpen) {}

    /** What the administrator chose: units, or "in no list"; the reason; the version of the decision changed. */
    public record Decision(Long oldUnitId, Long newUnitId, boolean inNoList, String reason, Integer version) {}

    private static final int CANDIDATES = 50;

    private final MappingOpenRows openRows;
    private final MappingResolutionStore store;
    private final MappingLineage lineage;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentScope scope;
    private final Messages messages;

    MappingResolutions(
            MappingOpenRows openRows,
            MappingResolutionStore store,
            MappingLineage lineage,
            JdbcClient jdbc,
            AuditLog audit,
            CurrentScope scope,
            Messages messages) {
        this.openRows = openRows;
        this.store = store;
        this.lineage = lineage;
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Optional<Overview> overview() {
        requireAdministrator();
        return openRows.latestRun().map(run -> {
            Map<String, MappingResolution> decided = store.byKey(run.effective());
            List<MappingOpenRows.OpenRow> open = openRows.of(run.id());
            List<RowView> openViews = open.stream()
                    .map(o -> view(run, o, decided.get(o.row().key())))
                    .toList();
            Set<String> openKeys = open.stream().map(o -> o.row().key()).collect(Collectors.toSet());
            List<RowView> before = decided.values().stream()
                    .filter(d -> !openKeys.contains(d.rowKey()))
                    .sorted(Comparator.comparingInt(d -> d.row().row()))
                    .map(d -> view(run, null, d))
                    .toList();
            return new Overview(
                    run.fileName(),
                    run.effective(),
                    run.startedAt(),
                    run.importedBy(),
                    openViews,
                    before,
                    openViews.stream().filter(v -> v.decision() == null).count());
        });
    }

    /** One row of the latest import, open or decided, by its content key. */
    @Transactional(readOnly = true)
    public RowView row(String rowKey) {
        requireAdministrator();
        MappingOpenRows.Run run = latestRun();
        Optional<MappingResolution> decision = store.find(run.effective(), rowKey);
        Optional<MappingOpenRows.OpenRow> open = openRows.find(run.id(), rowKey);
        if (open.isEmpty() && decision.isEmpty()) {
            throw new NotFoundException("row", "mapping.resolution.rowNotFound");
        }
        return view(run, open.orElse(null), decision.orElse(null));
    }

    /**
     * Old units to choose from: those in force the day before whose name contains {@code query} (ignoring
     * diacritics); without a query, the communes of the row's district, or the districts without communes when
     * the row names no old commune.
     */
    @Transactional(readOnly = true)
    public List<Candidate> oldCandidates(RowView row, String query) {
        LocalDate before = latestRun().effective().minusDays(1);
        if (query != null && !query.isBlank()) {
            return search(
                    before,
                    "u.level = 'COMMUNE' or u.level = 'DISTRICT' and " + NO_COMMUNES,
                    "s.search_name like :q",
                    Map.of("q", like(query)));
        }
        if (!row.hasOldSide()) {
            return search(before, "u.level = 'DISTRICT' and " + NO_COMMUNES, "true", Map.of());
        }
        return search(
                before,
                "u.level = 'COMMUNE'",
                """
                        regexp_replace(p1.search_name, '^(huyen|quan|thi xa|thanh pho) ', '') = :district
                        and regexp_replace(p2.search_name, '^(tinh|thanh pho) ', '') = :province""",
                Map.of(
                        "district",
                        MappingNames.district(row.oldDistrict()),
                        "province",
                        MappingNames.province(row.oldProvince())));
    }

    /** New communes in force on the date whose name contains the query (default: the row's new name). */
    @Transactional(readOnly = true)
    public List<Candidate> newCandidates(RowView row, String query) {
        String q = query != null && !query.isBlank() ? query : MappingNames.bare(row.newName());
        if (SearchKey.of(q).isEmpty()) {
            return List.of();
        }
        return search(latestRun().effective(), "u.level = 'COMMUNE'", "s.search_name like :q", Map.of("q", like(q)));
    }

    /** Stores the decision on the row with this content key; returns the row as it now stands. */
    @Transactional
    public RowView resolve(String rowKey, Decision d) {
        requireAdministrator();
        MappingOpenRows.Run run = latestRun();
        LocalDate effective = run.effective();
        Optional<MappingResolution> existing = store.find(effective, rowKey);
        Optional<MappingOpenRows.OpenRow> open = openRows.find(run.id(), rowKey);
        MappingRow row = existing.map(MappingResolution::row)
                .or(() -> open.map(MappingOpenRows.OpenRow::row))
                .orElseThrow(() -> new NotFoundException("row", "mapping.resolution.rowNotFound"));
        Long foundOld = open.map(MappingOpenRows.OpenRow::oldFoundId).orElse(null);
        checkVersion(existing, d.version());
        String reason = d.reason() == null ? "" : d.reason().trim();
        if (reason.isEmpty()) {
            throw new BadInputException("reason", "mapping.resolution.reasonRequired");
        }
        if (reason.length() > 1000) {
            throw new BadInputException("reason", "mapping.resolution.reasonTooLong", 1000);
        }
        Long oldId = d.inNoList()
                ? null
                : d.oldUnitId() != null && d.oldUnitId().equals(foundOld)
                        ? foundOld
                        : requireCandidate("oldUnitId", d.oldUnitId(), effective.minusDays(1), true);
        Long newId = d.inNoList() ? null : requireCandidate("newUnitId", d.newUnitId(), effective, false);
        String by = scope.username();
        long id;
        if (existing.isEmpty()) {
            id = store.insert(effective, row, oldId, newId, d.inNoList(), reason, by)
                    .orElseThrow(
                            () -> decidedMeanwhile(store.find(effective, rowKey).orElseThrow()));
        } else {
            id = existing.get().id();
            if (!store.update(id, d.version(), oldId, newId, d.inNoList(), reason, by)) {
                throw stale(d.version(), store.find(effective, rowKey).orElseThrow());
            }
        }
        MappingLineage.Link link = d.inNoList() ? null : new MappingLineage.Link(oldId, newId);
        MappingLineage.Link before = existing.map(MappingResolution::link).orElse(null);
        if (before != null && !before.equals(link)) {
            lineage.removeWrittenBy(id, before, effective);
        }
        if (link != null) {
            String basis = messages.get(
                    Messages.VIETNAMESE, "mapping.resolution.basis", String.valueOf(row.row()), run.fileName(), reason);
            Map<Long, Long> provinces = new HashMap<>();
            provinces.put(oldId, provinceOf(oldId, effective.minusDays(1)));
            provinces.put(newId, provinceOf(newId, effective));
            lineage.write(
                    effective,
                    List.of(link),
                    provinces,
                    basis.length() > 500 ? basis.substring(0, 500) : basis,
                    null,
                    id);
        }
        audit.record((existing.isEmpty()
                        ? Change.created("unit_mapping_resolution", id, null)
                        : Change.updated("unit_mapping_resolution", id, null))
                .field("row", existing.isEmpty() ? null : describe(row), describe(row))
                .field(
                        "oldUnit",
                        existing.map(e -> unitLabel(e.oldUnitId(), effective.minusDays(1)))
                                .orElse(null),
                        unitLabel(oldId, effective.minusDays(1)))
                .field(
                        "newUnit",
                        existing.map(e -> unitLabel(e.newUnitId(), effective)).orElse(null),
                        unitLabel(newId, effective))
                .field("inNoList", existing.map(MappingResolution::inNoList).orElse(null), d.inNoList())
                .reason(reason));
        return view(run, open.orElse(null), store.find(effective, rowKey).orElseThrow());
    }

    /** The audit trail of a decision, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(Decided decision) {
        requireAdministrator();
        return audit.history("unit_mapping_resolution", decision.id());
    }

    private void checkVersion(Optional<MappingResolution> existing, Integer version) {
        if (version == null && existing.isPresent()) {
            throw decidedMeanwhile(existing.get());
        }
        if (version != null && (existing.isEmpty() || existing.get().version() != version)) {
            throw existing.map(e -> stale(version, e))
                    .orElseGet(() -> new ConcurrentEditException("mapping.resolution.rowNotFound"));
        }
    }

    private ConcurrentEditException decidedMeanwhile(MappingResolution current) {
        return new ConcurrentEditException(
                "mapping.resolution.decidedMeanwhile", current.resolvedBy(), current.resolvedOn());
    }

    private ConcurrentEditException stale(int asked, MappingResolution current) {
        return new ConcurrentEditException(
                "error.version.stale", asked, current.version(), current.resolvedBy(), current.resolvedOn());
    }

    /** The chosen unit must be a candidate of the date: an old commune (or district without communes), a new commune. */
    private Long requireCandidate(String field, Long id, LocalDate date, boolean old) {
        if (id == null) {
            throw new BadInputException(
                    field, old ? "mapping.resolution.oldRequired" : "mapping.resolution.newRequired");
        }
        String levels = old ? "u.level = 'COMMUNE' or u.level = 'DISTRICT' and " + NO_COMMUNES : "u.level = 'COMMUNE'";
        if (search(date, levels, "u.id = :id", Map.of("id", id)).isEmpty()) {
            throw new BadInputException(
                    field, old ? "mapping.resolution.oldNotCandidate" : "mapping.resolution.newNotCandidate", id, date);
        }
        return id;
    }

    private RowView view(MappingOpenRows.Run run, MappingOpenRows.OpenRow open, MappingResolution decision) {
        MappingRow row = open != null ? open.row() : decision.row();
        LocalDate before = run.effective().minusDays(1);
        String reason = open == null
                ? null
                : messages.get(open.reason().key(), open.reason().args().toArray());
        Decided decided = decision == null
                ? null
                : new Decided(
                        decision.id(),
                        decision.version(),
                        decision.inNoList(),
                        candidate(decision.oldUnitId(), before),
                        candidate(decision.newUnitId(), run.effective()),
                        decision.reason(),
                        decision.resolvedBy(),
                        decision.resolvedOn(),
                        decision.resolvedAt());
        return new RowView(
                run.effective(),
                row.row(),
                row.key(),
                (row.oldCode() == null ? "" : row.oldCode() + " ") + row.oldDescription(),
                (row.newCode() == null ? "" : row.newCode() + " ") + row.newDescription(),
                row.hasOldSide(),
                row.oldDistrict(),
                row.oldProvince(),
                row.newName(),
                reason,
                open == null ? null : candidate(open.oldFoundId(), before),
                open == null ? null : candidate(open.newFoundId(), run.effective()),
                decided);
    }

    /** The unit as it stood on {@code date}, or on its last day when it ended before (a commune merged early 2025). */
    private Candidate candidate(Long id, LocalDate date) {
        if (id == null) {
            return null;
        }
        Optional<Candidate> on =
                search(date, "true", "u.id = :id", Map.of("id", id)).stream().findFirst();
        if (on.isPresent()) {
            return on.get();
        }
        return jdbc
                .sql("select max(valid_to) from admin_unit_state where unit_id = ?")
                .param(id)
                .query(LocalDate.class)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .flatMap(end -> search(end.minusDays(1), "true", "u.id = :id", Map.of("id", id)).stream()
                        .findFirst())
                .orElse(null);
    }

    private String unitLabel(Long id, LocalDate date) {
        return Optional.ofNullable(candidate(id, date)).map(Candidate::label).orElse(null);
    }

    private static String describe(MappingRow r) {
        return r.row() + ": " + (r.oldCode() == null ? "" : r.oldCode() + " ") + r.oldDescription() + " → "
                + (r.newCode() == null ? "" : r.newCode() + " ") + r.newDescription();
    }

    private static final String IN_FORCE = "%1$s.valid_from <= :d and (%1$s.valid_to is null or %1$s.valid_to > :d)";
    private static final String NO_COMMUNES = """
            not exists (select 1 from admin_unit_state cs join admin_unit cu on cu.id = cs.unit_id
                        where cu.level = 'COMMUNE' and cs.parent_id = u.id and %s)""".formatted(IN_FORCE.formatted("cs"));

    private List<Candidate> search(LocalDate date, String levels, String condition, Map<String, Object> params) {
        var spec = jdbc.sql("""
                        select u.id, u.code, u.level, s.name, p1.name as parent, p2.name as grandparent
                        from admin_unit u
                        join admin_unit_state s on s.unit_id = u.id and %s
                        left join admin_unit_state p1 on p1.unit_id = s.parent_id and %s
                        left join admin_unit_state p2 on p2.unit_id = p1.parent_id and %s
                        where %s and (%s) and (%s)
                        order by s.search_name, u.code limit %d""".formatted(
                                IN_FORCE.formatted("s"),
                                IN_FORCE.formatted("p1"),
                                IN_FORCE.formatted("p2"),
                                IN_FORCE.formatted("u"),
                                levels,
                                condition,
                                CANDIDATES))
                .param("d", Date.valueOf(date));
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> new Candidate(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        Stream.of(rs.getString("parent"), rs.getString("grandparent"))
                                .filter(Objects::nonNull)
                                .collect(Collectors.joining(", ")),
                        "DISTRICT".equals(rs.getString("level"))))
                .list();
    }

    /** The province a unit belonged to on {@code date}, walking up its parents. */
    private Long provinceOf(long unitId, LocalDate date) {
        return jdbc.sql("""
                        with recursive up (id, level) as (
                            select u.id, u.level from admin_unit u where u.id = :id
                            union all
                            select s.parent_id, p.level from up
                            join admin_unit_state s on s.unit_id = up.id and %s
                            join admin_unit p on p.id = s.parent_id
                            where up.level <> 'PROVINCE')
                        select id from up where level = 'PROVINCE' limit 1""".formatted(IN_FORCE.formatted("s")))
                .param("id", unitId)
                .param("d", Date.valueOf(date))
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static String like(String query) {
        return "%"
                + SearchKey.of(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private MappingOpenRows.Run latestRun() {
        return openRows.latestRun().orElseThrow(() -> new NotFoundException("row", "mapping.resolution.noImport"));
    }

    private void requireAdministrator() {
        if (!Permissions.mayImportUnits(scope.actor())) {
            throw new OutOfScopeException("mapping.resolution.adminOnly");
        }
    }
}
