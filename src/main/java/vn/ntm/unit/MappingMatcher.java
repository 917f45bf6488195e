package vn.ntm.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.ntm.text.VietnameseDates;
import vn.ntm.unit.MappingCandidates.Commune;
import vn.ntm.unit.MappingCandidates.Named;

/**
 * Finds the old and the new commune of a mapping row by the rules of {@link MappingRule}, in their order. Old
 * communes are looked for among those in force the day before the mapping (and the names they had earlier), new
 * ones among those in force on its date. A rule takes a unit only when exactly one unit fits and no other unit
 * would fit the row as well; otherwise the row is left unresolved with the reason, never guessed.
 */
final class MappingMatcher {

    /** A message key and its arguments as text: kept with an unresolved row, shown in the reader's language. */
    record Text(String key, List<String> args) {

        static Text of(String key, Object... args) {
            return new Text(key, Stream.of(args).map(Text::text).toList());
        }

        private static String text(Object arg) {
            return arg == null ? "" : arg instanceof LocalDate d ? VietnameseDates.format(d) : arg.toString();
        }
    }

    /** One side of a row: the unit and the rule that found it (with a note when the row needed a correction). */
    record Found(Commune unit, MappingRule rule, Text note, Text failure) {

        static Found by(Commune unit, MappingRule rule, Text note) {
            return new Found(unit, rule, note, null);
        }

        static Found none(Text failure) {
            return new Found(null, null, null, failure);
        }

        boolean found() {
            return unit != null;
        }
    }

    private final MappingCandidates.Snapshot snapshot;
    private final Map<String, Commune> beforeByCode = new HashMap<>();
    private final Map<Long, List<Commune>> beforeByDistrict = new HashMap<>();
    private final Map<Long, List<Commune>> beforeByProvince = new HashMap<>();
    private final Map<Long, List<Commune>> earlierByDistrict = new HashMap<>();
    private final Map<Long, List<Commune>> earlierByProvince = new HashMap<>();
    private final Map<String, Commune> afterByCode = new HashMap<>();
    private final Map<Long, List<Commune>> afterByProvince = new HashMap<>();
    private final Map<String, Set<Long>> provincesBefore = new HashMap<>();
    private final Map<String, Set<Long>> districtsBefore = new HashMap<>();
    private final Map<Long, String> provinceName = new HashMap<>();
    private final Map<Long, String> districtName = new HashMap<>();
    private final Map<String, Set<Long>> provincesAfter = new HashMap<>();
    private final Map<Long, Set<Long>> movedFrom = new HashMap<>();
    private final Map<Long, Commune> byId = new HashMap<>();

    MappingMatcher(MappingCandidates.Snapshot snapshot) {
        this.snapshot = snapshot;
        for (Commune c : snapshot.before()) {
            beforeByCode.put(c.code(), c);
            add(beforeByDistrict, c.districtId(), c);
            add(beforeByProvince, c.provinceId(), c);
        }
        for (Commune c : snapshot.earlier()) {
            add(earlierByDistrict, c.districtId(), c);
            add(earlierByProvince, c.provinceId(), c);
        }
        for (Commune c : snapshot.after()) {
            afterByCode.put(c.code(), c);
            add(afterByProvince, c.provinceId(), c);
        }
        for (Named p : snapshot.provincesBefore()) {
            provincesBefore
                    .computeIfAbsent(MappingNames.province(p.name()), k -> new HashSet<>())
                    .add(p.id());
            provinceName.put(p.id(), p.name());
        }
        for (Named d : snapshot.districtsBefore()) {
            districtsBefore
                    .computeIfAbsent(MappingNames.district(d.name()) + "|" + d.parentId(), k -> new HashSet<>())
                    .add(d.id());
            districtName.put(d.id(), d.name());
        }
        for (Named p : snapshot.provincesAfter()) {
            provincesAfter
                    .computeIfAbsent(MappingNames.province(p.name()), k -> new HashSet<>())
                    .add(p.id());
        }
        Stream.of(snapshot.before(), snapshot.after(), snapshot.districtsWithoutCommunes(), snapshot.earlier())
                .flatMap(List::stream)
                .forEach(c -> byId.putIfAbsent(c.id(), c));
        for (MappingCandidates.Move m : snapshot.moves()) {
            movedFrom.computeIfAbsent(m.to(), k -> new HashSet<>()).add(m.from());
        }
    }

    /** A unit among the candidates (an old or new commune, a district without communes), for its name and province. */
    Optional<Commune> unit(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean hasUnitsAround() {
        return !beforeByCode.isEmpty() && !afterByCode.isEmpty();
    }

    /** A row that breaks the format (a code that is no commune code, no new commune): an error, not a match. */
    Text formatError(MappingRow r) {
        for (String code : new String[] {r.oldCode(), r.newCode()}) {
            if (code != null && !code.matches("\\d{1,5}")) {
                return Text.of("mapping.error.code", code);
            }
        }
        if (r.newName() == null) {
            return Text.of("mapping.error.newNameMissing");
        }
        return null;
    }

    Found old(MappingRow r) {
        if (!r.hasOldSide()) {
            return Found.none(missingOld(r));
        }
        if (r.oldName() == null) {
            return Found.none(Text.of("mapping.unresolved.codeWithoutName", r.oldCode()));
        }
        String code = padded(r.oldCode());
        String key = MappingNames.commune(r.oldName());
        Commune byCode = code == null ? null : beforeByCode.get(code);
        if (byCode != null) {
            Found found = byCode(r, code, byCode, key);
            if (found != null) {
                return found;
            }
        }
        Set<Long> provinces = provincesBefore.getOrDefault(MappingNames.province(r.oldProvince()), Set.of());
        if (provinces.isEmpty()) {
            return Found.none(Text.of("mapping.unresolved.provinceUnknown", r.oldProvince(), snapshot.dayBefore()));
        }
        Set<Long> districts = new HashSet<>();
        provinces.forEach(p -> districts.addAll(
                districtsBefore.getOrDefault(MappingNames.district(r.oldDistrict()) + "|" + p, Set.of())));
        if (districts.isEmpty()) {
            return Found.none(Text.of(
                    "mapping.unresolved.districtUnknown", r.oldDistrict(), r.oldProvince(), snapshot.dayBefore()));
        }
        List<Commune> exact = units(
                in(beforeByDistrict, districts),
                c -> MappingNames.commune(c.name()).equals(key));
        if (exact.size() == 1) {
            Commune c = exact.get(0);
            return code == null
                    ? Found.by(
                            c, MappingRule.OLD_NAME_IN_DISTRICT, Text.of("mapping.note.OLD_NAME_IN_DISTRICT", c.code()))
                    : Found.by(
                            c,
                            MappingRule.OLD_NAME_IN_DISTRICT_CODE_WRONG,
                            Text.of(
                                    "mapping.note.OLD_NAME_IN_DISTRICT_CODE_WRONG",
                                    r.oldCode(),
                                    c.code(),
                                    byCode == null ? "—" : byCode.name()));
        }
        if (exact.size() > 1) {
            return Found.none(
                    Text.of("mapping.unresolved.ambiguous", exact.size(), r.oldName(), r.oldDistrict(), codes(exact)));
        }
        List<Commune> earlier = units(
                in(earlierByDistrict, districts),
                c -> MappingNames.commune(c.name()).equals(key));
        if (earlier.size() == 1) {
            Commune c = earlier.get(0);
            return Found.by(
                    c,
                    MappingRule.OLD_EARLIER_NAME,
                    Text.of(
                            "mapping.note.OLD_EARLIER_NAME",
                            r.oldName(),
                            c.code(),
                            c.stateTo().minusDays(1)));
        }
        if (earlier.size() > 1) {
            return Found.none(Text.of(
                    "mapping.unresolved.ambiguousEarlier",
                    earlier.size(),
                    r.oldName(),
                    r.oldDistrict(),
                    codes(earlier)));
        }
        String bare = MappingNames.bare(r.oldName());
        Predicate<Commune> sameBare = c -> MappingNames.bare(c.name()).equals(bare);
        List<Commune> typeChanged = units(
                Stream.concat(in(beforeByDistrict, districts).stream(), in(earlierByDistrict, districts).stream())
                        .toList(),
                sameBare);
        if (typeChanged.size() == 1
                && beforeByCode.get(typeChanged.get(0).code()) != null
                && beforeByCode.get(typeChanged.get(0).code()).id()
                        == typeChanged.get(0).id()) {
            Commune c = beforeByCode.get(typeChanged.get(0).code());
            return Found.by(
                    c,
                    MappingRule.OLD_TYPE_CHANGED_IN_DISTRICT,
                    Text.of("mapping.note.OLD_TYPE_CHANGED_IN_DISTRICT", c.name(), c.code()));
        }
        if (typeChanged.size() > 1) {
            return Found.none(Text.of(
                    "mapping.unresolved.ambiguousType", typeChanged.size(), names(typeChanged), r.oldDistrict()));
        }
        Set<Long> related = new HashSet<>();
        districts.forEach(d -> related.addAll(movedFrom.getOrDefault(d, Set.of())));
        related.removeAll(districts);
        List<Commune> moved = units(
                in(earlierByDistrict, related),
                c -> MappingNames.commune(c.name()).equals(key));
        if (moved.size() == 1) {
            Commune c = moved.get(0);
            return Found.by(
                    c,
                    MappingRule.OLD_EARLIER_NAME_DISTRICT_CHANGED,
                    Text.of(
                            "mapping.note.OLD_EARLIER_NAME_DISTRICT_CHANGED",
                            r.oldName(),
                            c.code(),
                            c.district(),
                            r.oldDistrict(),
                            c.stateTo().minusDays(1)));
        }
        if (moved.size() > 1) {
            return Found.none(Text.of(
                    "mapping.unresolved.ambiguousEarlier", moved.size(), r.oldName(), r.oldDistrict(), codes(moved)));
        }
        return Found.none(notInAnyList(r, provinces, sameBare));
    }

    /** The code is a commune in force: taken when its name is the row's, or differs only in a way a rule names. */
    private Found byCode(MappingRow r, String code, Commune byCode, String key) {
        boolean padded = !code.equals(r.oldCode());
        if (MappingNames.commune(byCode.name()).equals(key)) {
            return padded
                    ? Found.by(
                            byCode, MappingRule.OLD_CODE_PADDED, Text.of("mapping.note.codePadded", r.oldCode(), code))
                    : Found.by(byCode, MappingRule.OLD_CODE, null);
        }
        boolean stateFarm = MappingNames.withoutStateFarm(byCode.name()).equals(key);
        boolean typeChanged = !stateFarm && MappingNames.bare(byCode.name()).equals(MappingNames.bare(r.oldName()));
        if (!stateFarm && !typeChanged || anotherUnitNamed(byCode, key)) {
            return null;
        }
        MappingRule rule = stateFarm ? MappingRule.OLD_CODE_STATE_FARM : MappingRule.OLD_CODE_TYPE_CHANGED;
        return Found.by(byCode, rule, Text.of("mapping.note." + rule.name(), code, byCode.name()));
    }

    /** Whether another commune of the code's district has (or had) exactly the row's name: then the code is in doubt. */
    private boolean anotherUnitNamed(Commune byCode, String key) {
        Set<Long> district = byCode.districtId() == null ? Set.of() : Set.of(byCode.districtId());
        return Stream.concat(in(beforeByDistrict, district).stream(), in(earlierByDistrict, district).stream())
                .anyMatch(c ->
                        c.id() != byCode.id() && MappingNames.commune(c.name()).equals(key));
    }

    Found successor(MappingRow r) {
        String code = padded(r.newCode());
        String key = MappingNames.commune(r.newName());
        Set<Long> provinces = provincesAfter.getOrDefault(MappingNames.province(r.newProvince()), Set.of());
        Commune byCode = code == null ? null : afterByCode.get(code);
        if (byCode != null
                && MappingNames.commune(byCode.name()).equals(key)
                && provinces.contains(byCode.provinceId())) {
            return code.equals(r.newCode())
                    ? Found.by(byCode, MappingRule.NEW_CODE, null)
                    : Found.by(
                            byCode, MappingRule.NEW_CODE_PADDED, Text.of("mapping.note.codePadded", r.newCode(), code));
        }
        if (provinces.isEmpty()) {
            return Found.none(Text.of("mapping.unresolved.newProvinceUnknown", r.newProvince(), snapshot.effective()));
        }
        List<Commune> byName = units(
                in(afterByProvince, provinces),
                c -> MappingNames.commune(c.name()).equals(key));
        if (byName.size() == 1) {
            Commune c = byName.get(0);
            return Found.by(
                    c,
                    MappingRule.NEW_NAME_IN_PROVINCE,
                    Text.of(
                            "mapping.note.NEW_NAME_IN_PROVINCE",
                            r.newCode() == null ? "—" : r.newCode(),
                            r.newName(),
                            r.newProvince(),
                            c.code()));
        }
        if (byName.isEmpty()) {
            return Found.none(Text.of(
                    "mapping.unresolved.newNotFound",
                    r.newName(),
                    r.newProvince(),
                    r.newCode() == null ? "—" : r.newCode(),
                    snapshot.effective()));
        }
        return Found.none(
                Text.of("mapping.unresolved.newAmbiguous", byName.size(), r.newName(), r.newProvince(), codes(byName)));
    }

    /** No old side at all: names the district without communes that became the new unit, if there is one. */
    private Text missingOld(MappingRow r) {
        String place = MappingNames.place(r.newName());
        List<String> islands = snapshot.districtsWithoutCommunes().stream()
                .filter(d -> MappingNames.place(d.name()).equals(place))
                .map(d -> d.name() + " (" + d.code() + ", " + provinceName.getOrDefault(d.provinceId(), "—") + ")")
                .toList();
        return islands.isEmpty()
                ? Text.of("mapping.unresolved.oldMissing", r.newName())
                : Text.of(
                        "mapping.unresolved.oldMissingDistrict",
                        r.newName(),
                        String.join("; ", islands),
                        snapshot.dayBefore());
    }

    /** Named in no list of the province; communes with the same name but another type or district are listed. */
    private Text notInAnyList(MappingRow r, Set<Long> provinces, Predicate<Commune> sameBare) {
        Set<String> elsewhere = new TreeSet<>();
        for (Commune c : Stream.concat(
                        in(beforeByProvince, provinces).stream(), in(earlierByProvince, provinces).stream())
                .toList()) {
            if (sameBare.test(c)) {
                elsewhere.add(c.name() + " (" + c.code() + ", " + districtName.getOrDefault(c.districtId(), "—") + ")");
            }
        }
        return elsewhere.isEmpty()
                ? Text.of(
                        "mapping.unresolved.notInAnyList",
                        r.oldName(),
                        r.oldDistrict(),
                        r.oldProvince(),
                        snapshot.dayBefore())
                : Text.of(
                        "mapping.unresolved.onlyElsewhere",
                        r.oldName(),
                        r.oldDistrict(),
                        r.oldProvince(),
                        snapshot.dayBefore(),
                        String.join("; ", elsewhere));
    }

    private static String padded(String raw) {
        if (raw == null) {
            return null;
        }
        return UnitCode.needsPadding(UnitLevel.COMMUNE, raw)
                ? UnitCode.normalize(UnitLevel.COMMUNE, raw).value()
                : raw;
    }

    private static List<Commune> in(Map<Long, List<Commune>> index, Collection<Long> keys) {
        List<Commune> all = new ArrayList<>();
        keys.forEach(k -> all.addAll(index.getOrDefault(k, List.of())));
        return all;
    }

    /** The communes that pass, one per unit (a unit may appear under several of its names). */
    private static List<Commune> units(List<Commune> communes, Predicate<Commune> test) {
        Map<Long, Commune> byUnit = new LinkedHashMap<>();
        communes.stream().filter(test).forEach(c -> byUnit.putIfAbsent(c.id(), c));
        return List.copyOf(byUnit.values());
    }

    private static String codes(List<Commune> communes) {
        return String.join(
                ", ", communes.stream().map(c -> c.code() + " " + c.name()).toList());
    }

    private static String names(List<Commune> communes) {
        return String.join(
                ", ",
                communes.stream()
                        .map(c -> c.name() + " (" + c.code() + ")")
                        .distinct()
                        .toList());
    }

    private static <K> void add(Map<K, List<Commune>> index, K key, Commune c) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
    }
}
