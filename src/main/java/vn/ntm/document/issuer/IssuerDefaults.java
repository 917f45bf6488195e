package vn.ntm.document.issuer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyView;
import vn.ntm.text.Messages;
import vn.ntm.unit.UnitLevel;
import vn.ntm.unit.UnitView;
import vn.ntm.unit.Units;

/**
 * The issuer settings a body gets from its body type until someone saves its own (design §7.4): Party bodies print
 * the Party layout under the Đảng bộ of their province (a chi bộ: of its commune), a Ban Thường vụ or Ban Chấp hành
 * prints its Đảng ủy's name and numbers in its series; a state body prints its parent body above it. What the
 * sources do not give (the Văn phòng Đảng ủy's symbol is unverified, document-layout.md §4; a Sở's or a mass
 * organisation's symbol is not listed there) is left for a person to set, never invented.
 */
@Component
class IssuerDefaults {

    private static final Set<String> PARTY_TYPES = Set.of(
            "DANG_UY_XA",
            "BCH_DANG_BO_XA",
            "BTV_DANG_UY_XA",
            "VP_DANG_UY_XA",
            "CHI_BO",
            "CHI_BO_CO_QUAN",
            "HUYEN_UY",
            "BTV_HUYEN_UY",
            "TINH_UY",
            "BTV_TINH_UY");
    /** They print the name of the Đảng ủy they belong to (DL §7) and number in its series (design §3.2). */
    private static final Set<String> SHARING_PARENT_SERIES =
            Set.of("BCH_DANG_BO_XA", "BTV_DANG_UY_XA", "BTV_HUYEN_UY", "BTV_TINH_UY");

    private final BodyDirectory bodies;
    private final Units units;

    IssuerDefaults(BodyDirectory bodies, Units units) {
        this.bodies = bodies;
        this.units = units;
    }

    static boolean party(String bodyType) {
        return PARTY_TYPES.contains(bodyType);
    }

    IssuerSettings of(BodyView body) {
        BodyView parent = body.parentBodyId() == null ? null : bodies.get(body.parentBodyId());
        boolean party = party(body.bodyType());
        LayoutFamily family = party ? LayoutFamily.PARTY : LayoutFamily.STATE;
        HeaderCell cell = HeaderCell.of(family);
        Set<String> toConfirm = new LinkedHashSet<>();
        String superior = party ? partySuperior(body) : stateSuperior(parent, cell);
        if (superior != null && !cell.fitsSuperiorLine(superior)) {
            toConfirm.add(IssuerSettings.SUPERIOR_LINE);
        }
        List<String> lines = lines(body, parent, cell);
        if (lines.size() > 3 || !lines.stream().allMatch(cell::fitsIssuerLine)) {
            toConfirm.add(IssuerSettings.LINES);
        }
        String symbol = symbol(body.bodyType());
        if (symbol == null) {
            toConfirm.add(IssuerSettings.SYMBOL);
        }
        boolean sharesParentSeries = parent != null && SHARING_PARENT_SERIES.contains(body.bodyType());
        Issuer issuer = new Issuer(family, superior, lines, symbol, place(body.unitName()));
        return new IssuerSettings(
                body.id(), issuer, sharesParentSeries ? parent.id() : body.id(), false, null, List.of(), toConfirm);
    }

    /** A state body's chủ quản: its parent body, "ỦY BAN NHÂN DÂN" shortened as DL §2 #3 allows when it is long. */
    private static String stateSuperior(BodyView parent, HeaderCell cell) {
        if (parent == null) {
            return null;
        }
        String name = upper(parent.name());
        if (cell.fitsSuperiorLine(name)) {
            return name;
        }
        return name.replace("ỦY BAN NHÂN DÂN", "UBND").replace("HỘI ĐỒNG NHÂN DÂN", "HĐND");
    }

    /** "ĐẢNG BỘ TỈNH THANH HÓA": a chi bộ's is its commune's Đảng bộ, a committee's its province's; none above a Tỉnh ủy. */
    private String partySuperior(BodyView body) {
        if (body.bodyType().equals("TINH_UY") || body.bodyType().equals("BTV_TINH_UY")) {
            return null;
        }
        UnitLevel above = body.bodyType().startsWith("CHI_BO") ? UnitLevel.COMMUNE : UnitLevel.PROVINCE;
        return unitAtOrAbove(body.unitId(), above)
                .map(u -> "ĐẢNG BỘ " + upper(u.name()))
                .orElse(null);
    }

    private Optional<UnitView> unitAtOrAbove(long unitId, UnitLevel level) {
        UnitView unit = units.get(unitId);
        // a unit that has ended (before the 2025 reform) is placed as it last stood
        LocalDate on =
                unit.validOn(units.today()) ? units.today() : unit.validity().lastDay();
        List<UnitView> path = new ArrayList<>();
        path.add(unit);
        path.addAll(units.ancestors(unitId, on));
        return path.stream().filter(u -> u.level() == level).findFirst();
    }

    /**
     * The issuer's own lines: a people's committee or council above its unit's name, as NĐ 30 prints them; a Ban
     * Thường vụ or Ban Chấp hành its Đảng ủy's name; any other body its own name, split to fit the cell.
     */
    private static List<String> lines(BodyView body, BodyView parent, HeaderCell cell) {
        String unit = upper(body.unitName());
        String type = body.bodyType();
        if (type.startsWith("UBND_")) {
            return List.of("ỦY BAN NHÂN DÂN", unit);
        }
        if (type.startsWith("HDND_")) {
            return List.of("HỘI ĐỒNG NHÂN DÂN", unit);
        }
        if (SHARING_PARENT_SERIES.contains(type) && parent != null) {
            return cell.issuerLines(upper(parent.name()));
        }
        if (type.equals("DANG_UY_XA") || type.equals("BCH_DANG_BO_XA") || type.equals("BTV_DANG_UY_XA")) {
            return cell.issuerLines("ĐẢNG ỦY " + unit);
        }
        return cell.issuerLines(upper(body.name()));
    }

    /** DL §4: UBND, HĐND, ĐU (a Đảng ủy, also for its Ban Thường vụ), CB, TU; any other is left to a person. */
    private static String symbol(String bodyType) {
        if (bodyType.startsWith("UBND_")) {
            return "UBND";
        }
        if (bodyType.startsWith("HDND_")) {
            return "HĐND";
        }
        if (bodyType.startsWith("CHI_BO")) {
            return "CB";
        }
        return switch (bodyType) {
            case "DANG_UY_XA", "BCH_DANG_BO_XA", "BTV_DANG_UY_XA" -> "ĐU";
            case "TINH_UY", "BTV_TINH_UY" -> "TU";
            default -> null;
        };
    }

    /** "Xã Thượng Lộ" → "Thượng Lộ": the date line names the place without its type word. */
    static String place(String unitName) {
        for (String word : List.of(
                "Thị trấn ", "Thị xã ", "Thành phố ", "Phường ", "Huyện ", "Tỉnh ", "Xã ", "Quận ", "Đặc khu ")) {
            if (unitName.startsWith(word)) {
                String rest = unitName.substring(word.length());
                // units named by a number keep their full name (DL §5: "Quận 1")
                return rest.matches("\\d.*") ? unitName : rest;
            }
        }
        return unitName;
    }

    static String upper(String text) {
        return text.toUpperCase(Messages.VIETNAMESE);
    }
}
