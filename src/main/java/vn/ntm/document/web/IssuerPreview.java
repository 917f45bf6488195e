package vn.ntm.document.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.document.DocumentKind;
import vn.ntm.document.DocumentNumber;
import vn.ntm.document.Issuer;
import vn.ntm.document.LayoutFamily;
import vn.ntm.document.layout.DateLine;
import vn.ntm.document.layout.LayoutProfiles;

/**
 * The header of a document as the issuer's lines would print it, in text: the left cell (superior line, the issuer's
 * lines, the Party's "*"), a sample number, the right cell's title and the date line of today. {@code rule}: the
 * state layout draws a line under the issuer's name.
 */
record IssuerPreview(
        String superiorLine,
        List<String> lines,
        boolean rule,
        String mark,
        String number,
        List<String> titles,
        String dateLine) {

    static IssuerPreview of(Issuer issuer, LocalDate today) {
        var profile = LayoutProfiles.of(issuer.family());
        boolean party = issuer.family() == LayoutFamily.PARTY;
        List<String> titles = new ArrayList<>();
        if (party) {
            titles.add(profile.text("partyTitle"));
        } else {
            titles.add(profile.text("nationalTitle"));
            titles.add(profile.text("motto"));
        }
        String symbol = issuer.symbol() == null || issuer.symbol().isBlank() ? "…" : issuer.symbol();
        Issuer shown = new Issuer(issuer.family(), issuer.superiorLine(), issuer.lines(), symbol, issuer.place());
        return new IssuerPreview(
                issuer.superiorLine(),
                issuer.lines(),
                !party,
                party ? profile.text("issuerSeparator") : null,
                DocumentNumber.of(DocumentKind.KE_HOACH, shown, 1, null).display(),
                titles,
                DateLine.of(issuer.place() == null ? "…" : issuer.place(), today, today.getYear()));
    }
}
