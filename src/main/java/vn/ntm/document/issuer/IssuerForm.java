package vn.ntm.document.issuer;

import java.util.Arrays;
import java.util.List;

/**
 * What a person saves as a body's issuer settings, as typed: the superior line (chủ quản / cấp trên; blank: none),
 * the issuer's lines 1–3 in IN HOA, the symbol, the place of the date line, whose series numbers its documents
 * (null: its own), its drafting units ("VP, VX") and why.
 */
public record IssuerForm(
        String superiorLine,
        String line1,
        String line2,
        String line3,
        String symbol,
        String place,
        Long seriesOwnerBodyId,
        String draftingUnits,
        String reason) {

    /** The form filled with settings, as the screen first shows them. */
    public static IssuerForm of(IssuerSettings settings) {
        List<String> lines = settings.proposed().lines();
        return new IssuerForm(
                settings.proposed().superiorLine(),
                lines.size() > 0 ? lines.get(0) : null,
                lines.size() > 1 ? lines.get(1) : null,
                lines.size() > 2 ? lines.get(2) : null,
                settings.proposed().symbol(),
                settings.proposed().place(),
                settings.seriesOwnerBodyId(),
                String.join(", ", settings.draftingUnits()),
                null);
    }

    /** Lines 1 to 3 as typed (null where nothing was). */
    List<String> lines() {
        return Arrays.asList(line1, line2, line3);
    }
}
