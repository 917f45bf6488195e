package vn.ntm.unit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lineage a restructuring's commune links imply, written so that the stored lineage of that date holds all
 * of them: a commune (or province) that went wholly to one successor is WHOLE, one split among several is PART of
 * each; an old province links to every new province its communes went to. Both the mapping import and an
 * administrator's decision on one row write through here, so kinds stay right whichever comes first. Links
 * already stored are left as they are (only a kind that no longer fits is corrected), so writing the same links
 * again writes nothing.
 */
@Repository
class MappingLineage {

    record Link(long predecessor, long successor) {}

    /** What one write did, and the totals of the date's lineage after it. */
    record Written(int communeLinks, int provinceLinks, int kindsCorrected, int whole, int part, int provincePairs) {

        int changes() {
            return communeLinks + provinceLinks + kindsCorrected;
        }
    }

    private record Stored(long id, LineageKind kind, LocalDate effective, boolean province) {}

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    private final UnitChangeCollector changes;

    MappingLineage(JdbcClient jdbc, JdbcTemplate template, UnitChangeCollector changes) {
        this.jdbc = jdbc;
        this.template = template;
        this.changes = changes;
    }

    /**
     * @param provinceOf the province of each unit in {@code links} (old communes as they stood before, new ones on
     *                   the date)
     * @param importId   the import run that writes, or null
     * @param resolution the administrator's decision that writes, or null
     */
    Written write(
            LocalDate effective,
            Collection<Link> links,
            Map<Long, Long> provinceOf,
            String basis,
            Long importId,
            Long resolution) {
        Map<Link, Stored> stored = stored();
        Map<Long, Set<Long>> communes = onDate(stored, effective, false);
        links.forEach(l -> communes.computeIfAbsent(l.predecessor(), k -> new LinkedHashSet<>())
                .add(l.successor()));
        Map<Long, Set<Long>> provinces = onDate(stored, effective, true);
        for (Link l : links) {
            Long from = provinceOf.get(l.predecessor());
            Long to = provinceOf.get(l.successor());
            if (from != null && to != null && !from.equals(to)) {
                provinces.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
            }
        }
        int[] communeCounts = new int[2];
        int communeLinks =
                insertMissing(communes, false, stored, effective, basis, importId, resolution, communeCounts);
        int provinceLinks = insertMissing(provinces, true, stored, effective, basis, importId, resolution, new int[2]);
        int corrected = correctKinds(communes, stored, effective) + correctKinds(provinces, stored, effective);
        int provincePairs = provinces.values().stream().mapToInt(Set::size).sum();
        if (communeLinks + provinceLinks + corrected > 0) {
            changes.changed(
                    UnitsChanged.Kind.LINEAGE,
                    links.stream()
                            .flatMap(l -> Stream.of(l.predecessor(), l.successor()))
                            .toList());
        }
        return new Written(communeLinks, provinceLinks, corrected, communeCounts[0], communeCounts[1], provincePairs);
    }

    /** Removes a link an administrator's decision wrote, when the decision changes; kinds are then set again. */
    void removeWrittenBy(long resolution, Link link, LocalDate effective) {
        jdbc.sql("delete from unit_lineage where resolution_id = ? and predecessor_id = ? and successor_id = ?")
                .params(resolution, link.predecessor(), link.successor())
                .update();
        changes.changed(UnitsChanged.Kind.LINEAGE, List.of(link.predecessor(), link.successor()));
        Map<Link, Stored> stored = stored();
        correctKinds(onDate(stored, effective, false), stored, effective);
    }

    private Map<Link, Stored> stored() {
        Map<Link, Stored> stored = new HashMap<>();
        jdbc.sql("""
                        select l.id, l.predecessor_id, l.successor_id, l.kind, l.effective, u.level
                        from unit_lineage l join admin_unit u on u.id = l.predecessor_id""").query(rs -> {
            stored.put(
                    new Link(rs.getLong(2), rs.getLong(3)),
                    new Stored(
                            rs.getLong(1),
                            LineageKind.valueOf(rs.getString(4)),
                            rs.getObject(5, LocalDate.class),
                            "PROVINCE".equals(rs.getString(6))));
        });
        return stored;
    }

    private static Map<Long, Set<Long>> onDate(Map<Link, Stored> stored, LocalDate effective, boolean provinces) {
        Map<Long, Set<Long>> byPredecessor = new LinkedHashMap<>();
        stored.forEach((link, s) -> {
            if (s.effective().equals(effective) && s.province() == provinces) {
                byPredecessor
                        .computeIfAbsent(link.predecessor(), k -> new LinkedHashSet<>())
                        .add(link.successor());
            }
        });
        return byPredecessor;
    }

    private int insertMissing(
            Map<Long, Set<Long>> byPredecessor,
            boolean province,
            Map<Link, Stored> stored,
            LocalDate effective,
            String basis,
            Long importId,
            Long resolution,
            int[] wholeAndPart) {
        List<Object[]> rows = new ArrayList<>();
        byPredecessor.forEach((predecessor, successors) -> {
            LineageKind kind = kindFor(successors);
            wholeAndPart[kind == LineageKind.WHOLE ? 0 : 1] += successors.size();
            for (Long successor : successors) {
                Link link = new Link(predecessor, successor);
                if (!stored.containsKey(link)) {
                    rows.add(new Object[] {
                        predecessor, successor, kind.name(), Date.valueOf(effective), basis, importId, resolution
                    });
                    stored.put(link, new Stored(0, kind, effective, province));
                }
            }
        });
        batch("""
                insert into unit_lineage (predecessor_id, successor_id, kind, effective, legal_basis, import_id,
                                          resolution_id)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }

    private int correctKinds(Map<Long, Set<Long>> byPredecessor, Map<Link, Stored> stored, LocalDate effective) {
        List<Object[]> rows = new ArrayList<>();
        byPredecessor.forEach((predecessor, successors) -> {
            LineageKind kind = kindFor(successors);
            for (Long successor : successors) {
                Stored s = stored.get(new Link(predecessor, successor));
                if (s != null && s.id() != 0 && s.effective().equals(effective) && s.kind() != kind) {
                    rows.add(new Object[] {kind.name(), s.id()});
                }
            }
        });
        batch("update unit_lineage set kind = ? where id = ?", rows);
        return rows.size();
    }

    private static LineageKind kindFor(Set<Long> successors) {
        return successors.size() == 1 ? LineageKind.WHOLE : LineageKind.PART;
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            template.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }
}
