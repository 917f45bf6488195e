package vn.ntm.document.issuer;

import java.util.List;
import java.util.Set;
import vn.ntm.document.Issuer;
import vn.ntm.errors.BadInputException;

/**
 * How a body's documents print their issuer ({@code proposed}; {@link #issuer()} for printing), and whose register
 * numbers them ({@code seriesOwnerBodyId}: the body
 * itself, or the Đảng ủy its Ban Thường vụ or Ban Chấp hành shares a series with). {@code saved}: false while the
 * defaults of its body type are used; {@code version} is null until saved. {@code draftingUnits}: the codes of the
 * body's units a công văn's symbol may end with ("VP", "VX"). {@code toConfirm}: the fields ({@link #SYMBOL},
 * {@link #LINES}, {@link #SUPERIOR_LINE}) whose default a person must set before documents print them: an
 * unverified fact (the Văn phòng Đảng ủy's symbol) or a name too long for the header cell.
 */
public record IssuerSettings(
        long bodyId,
        Issuer proposed,
        long seriesOwnerBodyId,
        boolean saved,
        Integer version,
        List<String> draftingUnits,
        Set<String> toConfirm) {

    public static final String SYMBOL = "symbol";
    public static final String LINES = "lines";
    public static final String SUPERIOR_LINE = "superiorLine";

    public IssuerSettings {
        draftingUnits = List.copyOf(draftingUnits);
        toConfirm = Set.copyOf(toConfirm);
    }

    public IssuerSettings(long bodyId, Issuer issuer, long seriesOwnerBodyId, boolean saved, Integer version) {
        this(bodyId, issuer, seriesOwnerBodyId, saved, version, List.of(), Set.of());
    }

    /**
     * The issuer as documents print it. Refused while its symbol is unknown: a default never invents one (the Văn
     * phòng Đảng ủy's is unverified), so nothing is drafted or numbered under a made-up symbol. Screens that show
     * the settings read {@link #proposed()}.
     */
    public Issuer issuer() {
        if (proposed.symbol() == null) {
            throw new BadInputException(SYMBOL, "document.issuer.error.symbolToConfirm");
        }
        return proposed;
    }
}
