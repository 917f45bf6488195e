package vn.ntm.document.issuer;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;
import vn.ntm.org.BodyDirectory;
import vn.ntm.org.BodyView;
import vn.ntm.text.Messages;

/**
 * The issuer of each body as its documents print it. Until settings are saved for a body, they are derived from its
 * body type (design: Party bodies print the Party layout, a Ban Thường vụ numbers in its Đảng ủy's series).
 */
@Service
public class Issuers {

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
    private static final Set<String> SHARING_PARENT_SERIES =
            Set.of("BCH_DANG_BO_XA", "BTV_DANG_UY_XA", "BTV_HUYEN_UY", "BTV_TINH_UY");

    private final BodyDirectory bodies;

    Issuers(BodyDirectory bodies) {
        this.bodies = bodies;
    }

    /** The settings of a body's documents: saved ones, or the defaults of its body type. */
    public IssuerSettings of(long bodyId) {
        BodyView body = bodies.get(bodyId);
        BodyView parent = body.parentBodyId() == null ? null : bodies.get(body.parentBodyId());
        boolean party = PARTY_TYPES.contains(body.bodyType());
        Issuer issuer = new Issuer(
                party ? LayoutFamily.PARTY : LayoutFamily.STATE,
                parent == null ? null : upper(parent.name()),
                lines(body),
                symbol(body.bodyType()),
                place(body.unitName()));
        long seriesOwner = parent != null && SHARING_PARENT_SERIES.contains(body.bodyType()) ? parent.id() : body.id();
        return new IssuerSettings(bodyId, issuer, seriesOwner, false, null);
    }

    /** The issuer's lines: a people's committee or council above its unit's name, as NĐ 30 prints them. */
    private static List<String> lines(BodyView body) {
        String unit = upper(body.unitName());
        if (body.bodyType().startsWith("UBND_")) {
            return List.of("ỦY BAN NHÂN DÂN", unit);
        }
        if (body.bodyType().startsWith("HDND_")) {
            return List.of("HỘI ĐỒNG NHÂN DÂN", unit);
        }
        if (SHARING_PARENT_SERIES.contains(body.bodyType()) || body.bodyType().equals("DANG_UY_XA")) {
            return List.of("ĐẢNG ỦY " + unit);
        }
        return List.of(upper(body.name()));
    }

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
        return PARTY_TYPES.contains(bodyType) ? "ĐU" : bodyType;
    }

    /** "Xã Thượng Lộ" → "Thượng Lộ": the date line names the place without its type word. */
    static String place(String unitName) {
        for (String word : List.of("Thị trấn ", "Thành phố ", "Phường ", "Huyện ", "Tỉnh ", "Xã ", "Thị xã ")) {
            if (unitName.startsWith(word)) {
                return unitName.substring(word.length());
            }
        }
        return unitName;
    }

    private static String upper(String text) {
        return text.toUpperCase(Messages.VIETNAMESE);
    }
}
