package vn.ntm.unit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.audit.Change;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ConcurrentEditException;
import vn.ntm.errors.ConflictException;
import vn.ntm.errors.NotFoundException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.CsvTable;
import vn.ntm.text.Messages;
import vn.ntm.text.SearchKey;
import vn.ntm.text.VietnameseDates;

/**
 * The attributes judgement needs, per unit and period: region (2021-2025), the especially-difficult / safe-zone
 * flag (which makes the Trung du miền núi phía Bắc thresholds apply), commune group (2026-2030). They come from an
 * import or an administrator, with their legal basis; nothing is inferred. Periods of one attribute of one unit
 * never overlap.
 */
@Service
public class UnitAttributes {

    /** An attribute value in force for a period. {@code validTo} is exclusive. */
    public record Attribute(
            long id,
            long unitId,
            UnitAttribute attribute,
            String value,
            LocalDate validFrom,
            LocalDate validTo,
            String legalBasis,
            boolean demo,
            int version) {

        public Period period() {
            return new Period(validFrom, validTo);
        }
    }

    /** A change asked by an administrator. {@code validTo} exclusive; {@code version} null for a new attribute. */
    public record AttributeForm(
            UnitAttribute attribute,
            String value,
            LocalDate validFrom,
            LocalDate validTo,
            String legalBasis,
            Integer version,
            String reason) {}

    static final List<String> CSV_COLUMNS = List.of("ma", "tu_ngay", "den_ngay", "thuoc_tinh", "gia_tri", "can_cu");
    static final List<String> CSV_COLUMNS_EN =
            List.of("code", "valid_from", "valid_to", "attribute", "value", "legal_basis");
    static final String KIND = "UNIT_ATTRIBUTES";

    private final JdbcClient jdbc;
    private final UnitStore units;
    private final AuditLog audit;
    private final CurrentScope scope;
    private final ImportRecorder recorder;
    private final Messages messages;
    private final ApplicationEventPublisher events;

    UnitAttributes(
            JdbcClient jdbc,
            UnitStore units,
            AuditLog audit,
            CurrentScope scope,
            ImportRecorder recorder,
            Messages messages,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.scope = scope;
        this.recorder = recorder;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Attribute> of(long unitId) {
        scope.get().requireRead(unitId);
        return jdbc.sql("select * from unit_attribute where unit_id = ? order by attribute, valid_from")
                .param(unitId)
                .query(UnitAttributes::attribute)
                .list();
    }

    /** The value in force on {@code date}, if any. Not scoped: judgement reads it for units already checked. */
    @Transactional(readOnly = true)
    public Optional<Attribute> valueOn(long unitId, UnitAttribute attribute, LocalDate date) {
        return jdbc.sql("""
                        select * from unit_attribute where unit_id = ? and attribute = ?
                        and valid_from <= ? and (valid_to is null or valid_to > ?)""")
                .params(unitId, attribute.name(), Date.valueOf(date), Date.valueOf(date))
                .query(UnitAttributes::attribute)
                .optional();
    }

    /** Values an attribute may take, with their Vietnamese and English names. */
    @Transactional(readOnly = true)
    public Map<String, String> allowedValues(UnitAttribute attribute, Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("select value, name_vi, name_en from unit_attribute_value where attribute = ? order by value")
                .param(attribute.name())
                .query(rs -> {
                    values.put(rs.getString(1), "en".equals(locale.getLanguage()) ? rs.getString(3) : rs.getString(2));
                });
        return values;
    }

    /** The names of every attribute's values in a language: what a page shows instead of a stored code. */
    public Map<UnitAttribute, Map<String, String>> valueNames(Locale locale) {
        Map<UnitAttribute, Map<String, String>> names = new EnumMap<>(UnitAttribute.class);
        for (UnitAttribute attribute : UnitAttribute.values()) {
            names.put(attribute, allowedValues(attribute, locale));
        }
        return names;
    }

    @Transactional
    public Attribute add(long unitId, AttributeForm form) {
        requireAdministrator();
        UnitView unit =
                units.findLatest(unitId).orElseThrow(() -> new NotFoundException("id", "error.unit.notFound", unitId));
        Period period = new Period(form.validFrom(), form.validTo());
        String value = checkValue(form.attribute(), form.value());
        checkNoOverlap(unitId, form.attribute(), period, null);
        long id = insert(unitId, form.attribute(), value, period, form.legalBasis(), false);
        audit.record(Change.created("unit_attribute", id, unit.id())
                .field(form.attribute().name(), null, value + " " + describe(period))
                .field("legalBasis", null, form.legalBasis())
                .reason(form.reason()));
        events.publishEvent(new UnitAttributesChanged(Set.of(unit.id())));
        return get(id);
    }

    @Transactional
    public Attribute update(long attributeId, AttributeForm form) {
        requireAdministrator();
        Attribute current = get(attributeId);
        if (form.version() == null) {
            throw new BadInputException("version", "error.version.required");
        }
        Period period = new Period(form.validFrom(), form.validTo());
        String value = checkValue(current.attribute(), form.value());
        checkNoOverlap(current.unitId(), current.attribute(), period, attributeId);
        int updated = jdbc.sql("""
                        update unit_attribute set value = ?, valid_from = ?, valid_to = ?, legal_basis = ?,
                               version = version + 1, updated_by = ?, updated_at = now()
                        where id = ? and version = ?""")
                .params(
                        value,
                        Date.valueOf(period.from()),
                        period.to() == null ? null : Date.valueOf(period.to()),
                        form.legalBasis(),
                        scope.username(),
                        attributeId,
                        form.version())
                .update();
        if (updated == 0) {
            throw staleVersion(attributeId, form.version(), current.version());
        }
        audit.record(Change.updated("unit_attribute", attributeId, current.unitId())
                .field(current.attribute().name(), current.value(), value)
                .field("period", describe(current.period()), describe(period))
                .field("legalBasis", current.legalBasis(), form.legalBasis())
                .reason(form.reason()));
        events.publishEvent(new UnitAttributesChanged(Set.of(current.unitId())));
        return get(attributeId);
    }

    private ConcurrentEditException staleVersion(long attributeId, int asked, int current) {
        return audit.staleEdit("unit_attribute", attributeId, asked, current);
    }

    /**
     * Imports attributes from CSV {@code ma,tu_ngay,den_ngay,thuoc_tinh,gia_tri,can_cu}: the code is resolved at
     * {@code tu_ngay}; {@code den_ngay} is the last day in force (inclusive, as written in decisions), empty if open.
     */
    @Transactional
    public ImportReport importCsv(String fileName, byte[] content, ImportMode mode, boolean demo) {
        requireAdministrator();
        List<CsvTable.Row> rows = CsvTable.parse(content, CSV_COLUMNS, CSV_COLUMNS_EN);
        ImportSession session = new ImportSession(KIND, fileName, content, mode, null);
        List<ImportIssue> issues = new ArrayList<>();
        List<Attribute> toInsert = new ArrayList<>();
        int unchanged = 0;
        Map<String, List<Attribute>> inFile = new HashMap<>();
        for (CsvTable.Row row : rows) {
            try {
                Attribute a = parseRow(row);
                List<Attribute> same = inFile.computeIfAbsent(a.unitId() + "|" + a.attribute(), k -> new ArrayList<>());
                if (same.stream().anyMatch(o -> o.period().overlaps(a.period()))) {
                    throw new BadInputException("valid_from", "import.issue.attributeOverlapInFile");
                }
                same.add(a);
                Optional<Attribute> identical = existing(a.unitId(), a.attribute()).stream()
                        .filter(o -> o.value().equals(a.value()) && o.period().equals(a.period()))
                        .findFirst();
                if (identical.isPresent()) {
                    unchanged++;
                    continue;
                }
                checkNoOverlap(a.unitId(), a.attribute(), a.period(), null);
                toInsert.add(a);
            } catch (BadInputException | NotFoundException | ConflictException e) {
                issues.add(new ImportIssue(
                        row.line(),
                        ImportIssue.Severity.ERROR,
                        row.get(0),
                        row.get(3),
                        messages.get(e.messageKey(), e.args())));
            }
        }
        session.count("rows", rows.size());
        session.count("unchanged", unchanged);
        session.count("errors", issues.size());
        if (session.mode == ImportMode.ALL_OR_NOTHING && !issues.isEmpty()) {
            return recorder.rejected(session, issues);
        }
        for (Attribute a : toInsert) {
            insert(a.unitId(), a.attribute(), a.value(), a.period(), a.legalBasis(), demo);
        }
        session.count("added", toInsert.size());
        events.publishEvent(new UnitAttributesChanged(
                toInsert.stream().map(Attribute::unitId).collect(Collectors.toSet())));
        if (toInsert.isEmpty()) {
            return recorder.unchanged(session, issues);
        }
        return recorder.applied(session, recorder.reserveId(), issues);
    }

    private Attribute parseRow(CsvTable.Row row) {
        LocalDate from = VietnameseDates.parse(row.get(1))
                .orElseThrow(() -> new BadInputException(
                        "tu_ngay", "import.issue.badDate", row.values().get(1)));
        LocalDate lastDay = row.get(2) == null
                ? null
                : VietnameseDates.parse(row.get(2))
                        .orElseThrow(() -> new BadInputException(
                                "den_ngay", "import.issue.badDate", row.values().get(2)));
        Period period = new Period(from, lastDay == null ? null : lastDay.plusDays(1));
        UnitAttribute attribute = UnitAttribute.parse(row.get(3));
        String value = checkValue(attribute, row.get(4));
        String code = row.get(0) == null ? "" : row.get(0);
        List<UnitView> found = units.findByCodeOn(code, from);
        if (found.isEmpty()) {
            throw new NotFoundException("ma", "import.issue.unitNotOn", code, from);
        }
        UnitView unit = found.get(0);
        if (period.to() != null && unit.validTo() != null && period.to().isAfter(unit.validTo())
                || unit.validTo() != null && period.to() == null) {
            throw new BadInputException(
                    "den_ngay",
                    "import.issue.attributeBeyondUnit",
                    code,
                    unit.validity().lastDay());
        }
        return new Attribute(0, unit.id(), attribute, value, period.from(), period.to(), row.get(5), false, 0);
    }

    private String checkValue(UnitAttribute attribute, String raw) {
        if (attribute == null) {
            throw new BadInputException("attribute", "error.attribute.unknown", "");
        }
        String value = attribute.normalizeValue(raw);
        Boolean known = jdbc.sql("select exists(select 1 from unit_attribute_value where attribute = ? and value = ?)")
                .params(attribute.name(), value)
                .query(Boolean.class)
                .single();
        if (known) {
            return value;
        }
        // a file often names the value as people write it ("Bắc Trung Bộ", "North Central") instead of its code
        return byName(attribute, raw)
                .orElseThrow(() -> new BadInputException(
                        "value",
                        "error.attribute.badValue",
                        raw == null ? "" : raw,
                        allowedValues(attribute, Messages.currentLocale()).entrySet().stream()
                                .map(e -> e.getValue() == null || e.getValue().equals(e.getKey())
                                        ? e.getKey()
                                        : e.getKey() + " (" + e.getValue() + ")")
                                .collect(Collectors.joining(", "))));
    }

    /** The code of the value whose Vietnamese or English name is the text, ignoring case and diacritics. */
    private Optional<String> byName(UnitAttribute attribute, String raw) {
        String key = SearchKey.of(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return jdbc
                .sql("select value, name_vi, name_en from unit_attribute_value where attribute = ?")
                .param(attribute.name())
                .query((rs, n) -> SearchKey.of(rs.getString(2)).equals(key)
                                || SearchKey.of(rs.getString(3)).equals(key)
                        ? rs.getString(1)
                        : null)
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    private void checkNoOverlap(long unitId, UnitAttribute attribute, Period period, Long exceptId) {
        for (Attribute other : existing(unitId, attribute)) {
            if ((exceptId == null || other.id() != exceptId) && other.period().overlaps(period)) {
                throw new ConflictException(
                        "validFrom",
                        "error.attribute.overlap",
                        attribute.name(),
                        other.value(),
                        describe(other.period()));
            }
        }
    }

    private List<Attribute> existing(long unitId, UnitAttribute attribute) {
        return jdbc.sql("select * from unit_attribute where unit_id = ? and attribute = ?")
                .params(unitId, attribute.name())
                .query(UnitAttributes::attribute)
                .list();
    }

    private long insert(long unitId, UnitAttribute attribute, String value, Period period, String basis, boolean demo) {
        return jdbc.sql("""
                        insert into unit_attribute (unit_id, attribute, value, valid_from, valid_to, legal_basis, demo,
                                                    updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        unitId,
                        attribute.name(),
                        value,
                        Date.valueOf(period.from()),
                        period.to() == null ? null : Date.valueOf(period.to()),
                        basis,
                        demo,
                        scope.username())
                .query(Long.class)
                .single();
    }

    /** An attribute's audit trail, oldest first (the caller must be able to read its unit). */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long attributeId) {
        get(attributeId);
        return audit.history("unit_attribute", attributeId);
    }

    private Attribute get(long id) {
        Attribute a = jdbc.sql("select * from unit_attribute where id = ?")
                .param(id)
                .query(UnitAttributes::attribute)
                .optional()
                .orElseThrow(() -> new NotFoundException("id", "error.attribute.notFound", id));
        scope.get().requireRead(a.unitId());
        return a;
    }

    private void requireAdministrator() {
        if (!Permissions.mayImportUnits(scope.actor())) {
            throw new OutOfScopeException("error.attribute.adminOnly");
        }
    }

    private static String describe(Period p) {
        return VietnameseDates.format(p.from()) + " – " + (p.to() == null ? "…" : VietnameseDates.format(p.lastDay()));
    }

    private static Attribute attribute(ResultSet rs, int n) throws SQLException {
        return new Attribute(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                UnitAttribute.valueOf(rs.getString("attribute")),
                rs.getString("value"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("legal_basis"),
                rs.getBoolean("demo"),
                rs.getInt("version"));
    }
}
