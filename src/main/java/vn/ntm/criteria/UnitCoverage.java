package vn.ntm.criteria;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitType;
import vn.ntm.unit.UnitView;

/**
 * Which units a set is assessed on: the level its standard describes (communes, or villages for village and
 * model-area sets) and, within it, the unit types the set names. A commune set covers xã; phường, thị trấn and
 * đặc khu only where the set says so. Every list and "x/y" count of a set's units goes through this rule.
 */
public record UnitCoverage(UnitLevel level, Set<UnitType> types) {

    public UnitCoverage {
        types = Set.copyOf(types);
    }

    public static UnitCoverage of(CriteriaSet set) {
        return new UnitCoverage(levelOf(set.level()), Set.copyOf(set.unitTypes()));
    }

    /** Whether a unit of this level and type (as it stood on the day looked at) is assessed under the set. */
    public boolean covers(UnitLevel unitLevel, UnitType type) {
        return unitLevel == level && types.contains(type);
    }

    public boolean covers(UnitView unit) {
        return covers(unit.level(), unit.type());
    }

    /** The level a set of this standard is assessed on. */
    public static UnitLevel levelOf(SetLevel setLevel) {
        return setLevel == SetLevel.VILLAGE
                        || setLevel == SetLevel.MODEL_VILLAGE
                        || setLevel == SetLevel.MODEL_RESIDENTIAL_AREA
                ? UnitLevel.VILLAGE
                : UnitLevel.COMMUNE;
    }

    /** The types a set covers when its file does not say: xã for commune sets, every village type for villages. */
    public static List<UnitType> defaults(SetLevel setLevel) {
        return levelOf(setLevel) == UnitLevel.COMMUNE ? List.of(UnitType.XA) : choices(setLevel);
    }

    /** The types a set of this standard may cover, in the order they are offered. */
    public static List<UnitType> choices(SetLevel setLevel) {
        UnitLevel level = levelOf(setLevel);
        return Arrays.stream(UnitType.values()).filter(t -> t.level() == level).toList();
    }
}
