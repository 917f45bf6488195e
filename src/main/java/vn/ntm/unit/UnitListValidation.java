package vn.ntm.unit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.errors.BadInputException;
import vn.ntm.imports.ImportIssue;
import vn.ntm.text.Messages;
import vn.ntm.text.SearchKey;

/**
 * Checks every row of a list before anything is written: code format (restoring lost leading zeros), type from the
 * name, duplicate codes within the list, parents present. Produces the rows that can be taken and the report of
 * the others.
 */
final class UnitListValidation {

    /** A row that passed: its code normalised, its type known. */
    record ValidEntry(int row, UnitLevel level, String code, String name, UnitType type, String parentCode) {}

    private final Messages messages;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final Map<UnitLevel, Map<String, ValidEntry>> byLevelAndCode = new EnumMap<>(UnitLevel.class);

    private UnitListValidation(Messages messages) {
        this.messages = messages;
        for (UnitLevel level : UnitLevel.values()) {
            byLevelAndCode.put(level, new HashMap<>());
        }
    }

    static UnitListValidation of(List<UnitListEntry> entries, Messages messages) {
        UnitListValidation v = new UnitListValidation(messages);
        v.check(entries);
        return v;
    }

    List<ImportIssue> issues() {
        return issues;
    }

    boolean hasBlockingIssues() {
        return issues.stream().anyMatch(i -> i.severity().blocksAllOrNothing());
    }

    Map<String, ValidEntry> valid(UnitLevel level) {
        return byLevelAndCode.get(level);
    }

    boolean villagesOnly() {
        return byLevelAndCode.entrySet().stream()
                .allMatch(e -> e.getKey() == UnitLevel.VILLAGE || e.getValue().isEmpty());
    }

    boolean hasDistricts() {
        return !byLevelAndCode.get(UnitLevel.DISTRICT).isEmpty();
    }

    int count(UnitLevel level) {
        return byLevelAndCode.get(level).size();
    }

    private void check(List<UnitListEntry> entries) {
        Map<UnitLevel, Map<String, UnitListEntry>> firstSeen = new EnumMap<>(UnitLevel.class);
        Map<UnitLevel, Map<String, Boolean>> clashing = new EnumMap<>(UnitLevel.class);
        for (UnitLevel level : UnitLevel.values()) {
            firstSeen.put(level, new HashMap<>());
            clashing.put(level, new HashMap<>());
        }
        List<ValidEntry> candidates = new ArrayList<>();
        for (UnitListEntry e : entries) {
            String name = SearchKey.clean(e.name());
            Optional<String> code = code(e);
            if (code.isEmpty()) {
                continue;
            }
            Optional<UnitType> type = UnitType.fromName(e.level(), name);
            if (type.isEmpty()) {
                issue(e, ImportIssue.Severity.ERROR, code.get(), "import.issue.unknownType", name);
                continue;
            }
            UnitListEntry earlier = firstSeen.get(e.level()).putIfAbsent(code.get(), e);
            if (earlier != null) {
                if (SearchKey.of(earlier.name()).equals(SearchKey.of(name))) {
                    issue(e, ImportIssue.Severity.DUPLICATE, code.get(), "import.issue.duplicateRow", earlier.row());
                } else {
                    clashing.get(e.level()).put(code.get(), true);
                    issue(
                            e,
                            ImportIssue.Severity.ERROR,
                            code.get(),
                            "import.issue.duplicateCode",
                            earlier.row(),
                            earlier.name());
                }
                continue;
            }
            String parent = e.rawParentCode() == null ? null : parentCode(e);
            candidates.add(new ValidEntry(e.row(), e.level(), code.get(), name, type.get(), parent));
        }
        for (ValidEntry c : candidates) {
            if (clashing.get(c.level()).containsKey(c.code())) {
                issues.add(new ImportIssue(
                        c.row(),
                        ImportIssue.Severity.ERROR,
                        c.code(),
                        c.name(),
                        messages.get("import.issue.duplicateCodeFirst")));
                continue;
            }
            byLevelAndCode.get(c.level()).put(c.code(), c);
        }
        dropOrphans();
    }

    /** Removes rows whose parent is missing from the list (villages take parents from the stored units). */
    private void dropOrphans() {
        for (UnitLevel level : List.of(UnitLevel.DISTRICT, UnitLevel.COMMUNE)) {
            byLevelAndCode.get(level).values().removeIf(e -> {
                boolean found = e.parentCode() != null
                        && (valid(UnitLevel.PROVINCE).containsKey(e.parentCode())
                                || level == UnitLevel.COMMUNE
                                        && valid(UnitLevel.DISTRICT).containsKey(e.parentCode()));
                if (!found) {
                    issues.add(new ImportIssue(
                            e.row(),
                            ImportIssue.Severity.ERROR,
                            e.code(),
                            e.name(),
                            messages.get("import.issue.parentMissing", e.parentCode() == null ? "" : e.parentCode())));
                }
                return !found;
            });
        }
        valid(UnitLevel.VILLAGE).values().removeIf(e -> {
            if (e.parentCode() == null) {
                issues.add(new ImportIssue(
                        e.row(),
                        ImportIssue.Severity.ERROR,
                        e.code(),
                        e.name(),
                        messages.get("import.issue.parentMissing", "")));
                return true;
            }
            return false;
        });
    }

    private Optional<String> code(UnitListEntry e) {
        try {
            UnitCode code = UnitCode.normalize(e.level(), e.rawCode());
            if (UnitCode.needsPadding(e.level(), e.rawCode())) {
                issue(e, ImportIssue.Severity.RESOLVED, code.value(), "import.issue.codePadded", e.rawCode());
            }
            return Optional.of(code.value());
        } catch (BadInputException ex) {
            issue(e, ImportIssue.Severity.ERROR, e.rawCode(), "import.issue.badCode", e.rawCode());
            return Optional.empty();
        }
    }

    private String parentCode(UnitListEntry e) {
        String raw = e.rawParentCode().trim();
        if (!raw.matches("\\d+")) {
            return raw;
        }
        UnitLevel parentLevel = e.level() == UnitLevel.VILLAGE
                ? UnitLevel.COMMUNE
                : raw.length() <= UnitLevel.PROVINCE.officialCodeLength() ? UnitLevel.PROVINCE : UnitLevel.DISTRICT;
        try {
            return UnitCode.normalize(parentLevel, raw).value();
        } catch (BadInputException ex) {
            return raw;
        }
    }

    private void issue(UnitListEntry e, ImportIssue.Severity severity, String code, String key, Object... args) {
        issues.add(new ImportIssue(e.row(), severity, code, SearchKey.clean(e.name()), messages.get(key, args)));
    }
}
