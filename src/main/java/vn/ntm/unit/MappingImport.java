package vn.ntm.unit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.Messages;
import vn.ntm.text.SearchKey;
import vn.ntm.text.CsvTable;
import vn.ntm.text.Utf8Text;

/**
 * Imports the old commune → new commune mapping of a restructuring as lineage. Old communes are looked up among
 * those in force the day before {@code effective}, new ones among those in force on it. The real file is messy:
 * codes without leading zeros are restored, rows without an old code are matched by name, district and province,
 * wrong new codes by the new name and province; a match is taken only when it is unique. Everything else is
 * reported with its reason, never guessed. An old commune that went to several new ones is linked as PART of each.
 * Province lineage follows from the communes.
 */
@Service
public class MappingImport {

    static final String KIND = "UNIT_MAPPING";
    static final List<String> COLUMNS = List.of("old_ward_code", "old_ward_name", "old_district_name",
            "old_province_name", "new_ward_code", "new_ward_name", "new_province_name");

    record Row(int row, String oldCode, String oldName, String oldDistrict, String oldProvince, String newCode,
               String newName, String newProvince) {

        String identity() {
            return String.join("|", String.valueOf(oldCode), oldName, oldDistrict, oldProvince, String.valueOf(newCode),
                    newName, newProvince);
        }
    }

    /** A commune in force on a date with the names of its parents; {@code provinceId} for province lineage. */
    record Commune(long id, String code, String name, String district, String province, long provinceId) {
    }

    private final JdbcClient jdbc;
    private final UnitWriter writer;
    private final ImportRecorder recorder;
    private final Messages messages;
    private final CurrentScope scope;

    MappingImport(JdbcClient jdbc, UnitWriter writer, ImportRecorder recorder, Messages messages, CurrentScope scope) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.recorder = recorder;
        this.messages = messages;
        this.scope = scope;
    }

    @Transactional
    public ImportReport importMapping(String fileName, byte[] content, LocalDate effective, String legalBasis,
                                      ImportMode mode) {
        if (!scope.isAdministrator()) {
            throw new OutOfScopeException("error.import.adminOnly");
        }
        if (effective == null) {
            throw new BadInputException("effective", "error.import.effectiveRequired");
        }
        List<Row> rows = read(fileName, content);
        ImportSession session = new ImportSession(KIND, fileName, content, mode, effective);
        Matcher matcher = new Matcher(communesOn(effective.minusDays(1), true), earlierStates(effective.minusDays(1)),
                communesOn(effective, false));
        if (matcher.oldByCode.isEmpty() || matcher.newByCode.isEmpty()) {
            throw new BadInputException("effective", "error.mapping.noUnitsAround", effective.minusDays(1), effective);
        }
        List<ImportIssue> issues = new ArrayList<>();
        Map<String, Integer> seenRows = new HashMap<>();
        Map<List<Long>, Integer> seenPairs = new HashMap<>();
        Map<Long, Set<Long>> successors = new LinkedHashMap<>();
        Map<Long, Commune> oldById = new HashMap<>();
        Map<Long, Commune> newById = new HashMap<>();
        int resolved = 0;
        int duplicateRows = 0;
        for (Row r : rows) {
            Integer earlier = seenRows.putIfAbsent(r.identity(), r.row());
            if (earlier != null) {
                issues.add(issue(r, ImportIssue.Severity.DUPLICATE, "mapping.issue.duplicateRow", earlier));
                duplicateRows++;
                continue;
            }
            List<ImportIssue> notes = new ArrayList<>();
            Optional<Commune> oldUnit = matcher.old(r, notes);
            Optional<Commune> newUnit = matcher.successor(r, notes);
            if (oldUnit.isEmpty() || newUnit.isEmpty()) {
                issues.addAll(notes);
                continue;
            }
            Integer pairRow = seenPairs.putIfAbsent(List.of(oldUnit.get().id(), newUnit.get().id()), r.row());
            if (pairRow != null) {
                issues.add(issue(r, ImportIssue.Severity.DUPLICATE, "mapping.issue.duplicatePair", pairRow));
                continue;
            }
            issues.addAll(notes);
            resolved++;
            successors.computeIfAbsent(oldUnit.get().id(), k -> new HashSet<>()).add(newUnit.get().id());
            oldById.put(oldUnit.get().id(), oldUnit.get());
            newById.put(newUnit.get().id(), newUnit.get());
        }
        session.count("rows", rows.size());
        session.count("resolved", resolved);
        session.count("resolvedWithCorrection", (int) issues.stream()
                .filter(i -> i.severity() == ImportIssue.Severity.RESOLVED).map(ImportIssue::row).distinct().count());
        session.count("duplicates", (int) issues.stream().filter(i -> i.severity() == ImportIssue.Severity.DUPLICATE).count());
        session.count("duplicateRows", duplicateRows);
        session.count("unresolved", (int) issues.stream().filter(i -> i.severity().blocksAllOrNothing())
                .map(ImportIssue::row).distinct().count());
        if (session.mode == ImportMode.ALL_OR_NOTHING && issues.stream().anyMatch(i -> i.severity().blocksAllOrNothing())) {
            return recorder.rejected(session, issues);
        }
        long importId = recorder.reserveId();
        int written = writeLineage(successors, effective, legalBasis, importId, session);
        written += writeProvinceLineage(successors, oldById, newById, effective, legalBasis, importId, session);
        if (written == 0) {
            return recorder.unchanged(session, issues);
        }
        return recorder.applied(session, importId, issues);
    }

    private int writeLineage(Map<Long, Set<Long>> successors, LocalDate effective, String basis, long importId,
                             ImportSession session) {
        Set<List<Long>> existing = existingLinks();
        int whole = 0;
        int part = 0;
        int written = 0;
        for (Map.Entry<Long, Set<Long>> e : successors.entrySet()) {
            LineageKind kind = e.getValue().size() == 1 ? LineageKind.WHOLE : LineageKind.PART;
            for (Long successor : e.getValue()) {
                if (kind == LineageKind.WHOLE) {
                    whole++;
                } else {
                    part++;
                }
                if (existing.add(List.of(e.getKey(), successor))) {
                    writer.insertLineage(e.getKey(), successor, kind, effective, basis, importId);
                    written++;
                }
            }
        }
        session.count("lineageWhole", whole);
        session.count("lineagePart", part);
        session.count("lineageWritten", written);
        return written;
    }

    /** Old province → new province: WHOLE when all of its mapped communes went to one new province. */
    private int writeProvinceLineage(Map<Long, Set<Long>> successors, Map<Long, Commune> oldById,
                                     Map<Long, Commune> newById, LocalDate effective, String basis, long importId,
                                     ImportSession session) {
        Map<Long, Set<Long>> provinces = new LinkedHashMap<>();
        successors.forEach((oldId, news) -> news.forEach(newId -> provinces
                .computeIfAbsent(oldById.get(oldId).provinceId(), k -> new HashSet<>())
                .add(newById.get(newId).provinceId())));
        Set<List<Long>> existing = existingLinks();
        int written = 0;
        int links = 0;
        for (Map.Entry<Long, Set<Long>> e : provinces.entrySet()) {
            LineageKind kind = e.getValue().size() == 1 ? LineageKind.WHOLE : LineageKind.PART;
            for (Long successor : e.getValue()) {
                links++;
                if (!e.getKey().equals(successor) && existing.add(List.of(e.getKey(), successor))) {
                    writer.insertLineage(e.getKey(), successor, kind, effective, basis, importId);
                    written++;
                }
            }
        }
        session.count("provinceLineage", links);
        return written;
    }

    private Set<List<Long>> existingLinks() {
        Set<List<Long>> links = new HashSet<>();
        jdbc.sql("select predecessor_id, successor_id from unit_lineage")
                .query(rs -> {
                    links.add(List.of(rs.getLong(1), rs.getLong(2)));
                });
        return links;
    }

    private ImportIssue issue(Row r, ImportIssue.Severity severity, String key, Object... args) {
        return new ImportIssue(r.row(), severity, r.oldCode(), (r.oldName() == null ? "—" : r.oldName()) + " → " + r.newName(),
                messages.get(key, args));
    }

    /** Communes in force on {@code date}; {@code withDistrict}: their parent is a district (before the reform). */
    private List<Commune> communesOn(LocalDate date, boolean withDistrict) {
        String sql = withDistrict ? """
                select u.id, u.code, s.name, ds.name as district, ps.name as province, ps.unit_id as province_id
                from admin_unit u
                join admin_unit_state s on s.unit_id = u.id and s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)
                join admin_unit_state ds on ds.unit_id = s.parent_id and ds.valid_from <= :d and (ds.valid_to is null or ds.valid_to > :d)
                join admin_unit_state ps on ps.unit_id = ds.parent_id and ps.valid_from <= :d and (ps.valid_to is null or ps.valid_to > :d)
                where u.level = 'COMMUNE' and u.valid_from <= :d and (u.valid_to is null or u.valid_to > :d)
                """ : """
                select u.id, u.code, s.name, null as district, ps.name as province, ps.unit_id as province_id
                from admin_unit u
                join admin_unit_state s on s.unit_id = u.id and s.valid_from <= :d and (s.valid_to is null or s.valid_to > :d)
                join admin_unit_state ps on ps.unit_id = s.parent_id and ps.valid_from <= :d and (ps.valid_to is null or ps.valid_to > :d)
                where u.level = 'COMMUNE' and u.valid_from <= :d and (u.valid_to is null or u.valid_to > :d)
                """;
        return jdbc.sql(sql).param("d", Date.valueOf(date))
                .query((rs, n) -> new Commune(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("district"), rs.getString("province"), rs.getLong("province_id")))
                .list();
    }

    /**
     * Earlier names of the old world's communes: states that ended before {@code date}, when the commune was merged
     * into another or renamed by an earlier resolution (early 2025). The mapping still names some communes that way;
     * they are matched only by a unique name, district and province.
     */
    private List<Commune> earlierStates(LocalDate date) {
        return jdbc.sql("""
                        select u.id, u.code, s.name, ds.name as district, ps.name as province, ps.unit_id as province_id
                        from admin_unit u
                        join admin_unit_state s on s.unit_id = u.id and s.valid_to <= :d
                        join admin_unit_state ds on ds.unit_id = s.parent_id and ds.valid_from < s.valid_to
                             and (ds.valid_to is null or ds.valid_to >= s.valid_to)
                        join admin_unit_state ps on ps.unit_id = ds.parent_id and ps.valid_from < s.valid_to
                             and (ps.valid_to is null or ps.valid_to >= s.valid_to)
                        where u.level = 'COMMUNE'""")
                .param("d", Date.valueOf(date))
                .query((rs, n) -> new Commune(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("district"), rs.getString("province"), rs.getLong("province_id")))
                .list();
    }

    /** Finds old and new communes for a row, noting every correction and every failure. */
    private final class Matcher {

        private final Map<String, Commune> oldByCode = new HashMap<>();
        private final Map<String, List<Commune>> oldByNames = new HashMap<>();
        private final Map<String, List<Commune>> endedByNames = new HashMap<>();
        private final Map<String, Commune> newByCode = new HashMap<>();
        private final Map<String, List<Commune>> newByNames = new HashMap<>();

        Matcher(List<Commune> before, List<Commune> ended, List<Commune> after) {
            for (Commune c : before) {
                oldByCode.put(c.code(), c);
                oldByNames.computeIfAbsent(oldKey(c.name(), c.district(), c.province()), k -> new ArrayList<>()).add(c);
            }
            for (Commune c : ended) {
                endedByNames.computeIfAbsent(oldKey(c.name(), c.district(), c.province()), k -> new ArrayList<>()).add(c);
            }
            for (Commune c : after) {
                newByCode.put(c.code(), c);
                newByNames.computeIfAbsent(newKey(c.name(), c.province()), k -> new ArrayList<>()).add(c);
            }
        }

        Optional<Commune> old(Row r, List<ImportIssue> notes) {
            if (r.oldName() == null && r.oldCode() == null) {
                notes.add(issue(r, ImportIssue.Severity.UNRESOLVED, "mapping.issue.oldMissing", r.newName()));
                return Optional.empty();
            }
            String code = padded(r.oldCode());
            if (code != null) {
                Commune byCode = oldByCode.get(code);
                if (byCode != null && SearchKey.of(byCode.name()).equals(SearchKey.of(r.oldName()))) {
                    noteIfPadded(r, r.oldCode(), code, notes);
                    return Optional.of(byCode);
                }
            }
            List<Commune> byName = oldByNames.getOrDefault(oldKey(r.oldName(), r.oldDistrict(), r.oldProvince()), List.of());
            if (byName.size() == 1) {
                String key = code == null ? "mapping.issue.oldByName" : "mapping.issue.oldCodeWrong";
                notes.add(issue(r, ImportIssue.Severity.RESOLVED, key, r.oldCode(), byName.get(0).code()));
                return Optional.of(byName.get(0));
            }
            List<Commune> ended = endedByNames.getOrDefault(oldKey(r.oldName(), r.oldDistrict(), r.oldProvince()),
                    List.of());
            if (byName.isEmpty() && ended.stream().map(Commune::id).distinct().count() == 1) {
                notes.add(issue(r, ImportIssue.Severity.RESOLVED, "mapping.issue.oldEndedEarlier", r.oldName(),
                        ended.get(0).code()));
                return Optional.of(ended.get(0));
            }
            String key = byName.isEmpty() ? "mapping.issue.oldNotFound" : "mapping.issue.oldAmbiguous";
            notes.add(issue(r, ImportIssue.Severity.UNRESOLVED, key, r.oldCode() == null ? "" : r.oldCode(),
                    r.oldName(), r.oldDistrict(), r.oldProvince(), byName.size()));
            return Optional.empty();
        }

        Optional<Commune> successor(Row r, List<ImportIssue> notes) {
            String code = padded(r.newCode());
            if (code != null) {
                Commune byCode = newByCode.get(code);
                if (byCode != null && SearchKey.of(byCode.name()).equals(SearchKey.of(r.newName()))
                        && provinceKey(byCode.province()).equals(provinceKey(r.newProvince()))) {
                    noteIfPadded(r, r.newCode(), code, notes);
                    return Optional.of(byCode);
                }
            }
            List<Commune> byName = newByNames.getOrDefault(newKey(r.newName(), r.newProvince()), List.of());
            if (byName.size() == 1) {
                notes.add(issue(r, ImportIssue.Severity.RESOLVED, "mapping.issue.newCodeWrong",
                        r.newCode() == null ? "" : r.newCode(), byName.get(0).code(), r.newName(), r.newProvince()));
                return Optional.of(byName.get(0));
            }
            String key = byName.isEmpty() ? "mapping.issue.newNotFound" : "mapping.issue.newAmbiguous";
            notes.add(issue(r, ImportIssue.Severity.UNRESOLVED, key, r.newCode() == null ? "" : r.newCode(),
                    r.newName(), r.newProvince(), byName.size()));
            return Optional.empty();
        }

        private void noteIfPadded(Row r, String raw, String code, List<ImportIssue> notes) {
            if (!raw.trim().equals(code)) {
                notes.add(issue(r, ImportIssue.Severity.RESOLVED, "mapping.issue.codePadded", raw, code));
            }
        }
    }

    private static String padded(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.trim();
        return UnitCode.needsPadding(UnitLevel.COMMUNE, t) ? UnitCode.normalize(UnitLevel.COMMUNE, t).value() : t;
    }

    static String oldKey(String commune, String district, String province) {
        return communeKey(commune) + "|" + communeKey(withoutPrefix(district, "huyen ", "quan ", "thi xa ", "thanh pho "))
                + "|" + provinceKey(province);
    }

    static String newKey(String commune, String province) {
        return communeKey(commune) + "|" + provinceKey(province);
    }

    /** "Phường 07" and "Phường 7" are the same ward: numbers lose their leading zeros. */
    private static String communeKey(String name) {
        return LEADING_ZEROS.matcher(SearchKey.of(name)).replaceAll("$1");
    }

    private static final java.util.regex.Pattern LEADING_ZEROS = java.util.regex.Pattern.compile("\\b0+(\\d)");

    /** "Tỉnh Thanh Hóa", "Thanh Hoá", "TP. Hồ Chí Minh", "TPHCM" → one key. */
    static String provinceKey(String province) {
        String key = withoutPrefix(province, "tinh ", "thanh pho ", "tp. ", "tp ", "thu do ");
        return key.equals("tphcm") ? "ho chi minh" : key;
    }

    private static String withoutPrefix(String name, String... prefixes) {
        String key = SearchKey.of(name);
        for (String p : prefixes) {
            if (key.startsWith(p)) {
                return key.substring(p.length()).trim();
            }
        }
        return key;
    }

    private static List<Row> read(String fileName, byte[] content) {
        String text = Utf8Text.decode(content, "file").stripLeading();
        if (text.startsWith("[")) {
            return readJson(text);
        }
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new BadInputException("file", "error.import.jsonNotList");
        }
        return readCsv(text);
    }

    private static List<Row> readJson(String text) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            throw new BadInputException("file", "error.import.jsonMalformed", e.getOriginalMessage());
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode n : root) {
            for (String column : List.of("old_ward_name", "new_ward_name")) {
                if (!n.has(column)) {
                    throw new BadInputException("file", "error.import.jsonFieldMissing", column, rows.size() + 1);
                }
            }
            rows.add(new Row(rows.size() + 1, text(n, "old_ward_code"), text(n, "old_ward_name"),
                    text(n, "old_district_name"), text(n, "old_province_name"), text(n, "new_ward_code"),
                    text(n, "new_ward_name"), text(n, "new_province_name")));
        }
        return rows;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asString().isBlank() ? null : SearchKey.clean(v.asString());
    }

    private static List<Row> readCsv(String text) {
        return CsvTable.parse(text, COLUMNS).stream()
                .map(r -> new Row(r.line(), r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)))
                .toList();
    }

}
