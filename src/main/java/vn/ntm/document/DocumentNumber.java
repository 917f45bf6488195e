package vn.ntm.document;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number and symbol (document-layout.md §4). State: {@code Số: 04/KH-UBND}, a công văn {@code Số:
 * 12/UBND-VX} (no type, the drafting unit after the body). Party: {@code Số 66-KH/ĐU}, no colon, công văn {@code CV}.
 * A number below 10 gets a leading zero. {@code number} null = a draft, printed with blanks where the number goes.
 */
public record DocumentNumber(
        LayoutFamily family, Integer number, String kindAbbreviation, String issuerSymbol, String unit) {

    private static final String STATE_BLANK = "     ";
    private static final String PARTY_BLANK = "   ";
    private static final Pattern STATE = Pattern.compile("(\\d+)/([\\p{L}]+)-([\\p{L}]+)");
    private static final Pattern PARTY = Pattern.compile("(\\d+)-([\\p{L}]+)/([\\p{L}]+)");

    public static DocumentNumber of(DocumentKind kind, Issuer issuer, Integer number, String draftingUnit) {
        return new DocumentNumber(
                issuer.family(), number, kind.abbreviation(issuer.family()), issuer.symbol(), draftingUnit);
    }

    /** The line as printed: "Số: 04/KH-UBND", "Số 66-KH/ĐU", or the draft's "Số:      /KH-UBND". */
    public String display() {
        return family == LayoutFamily.STATE ? "Số: " + citation() : "Số " + citation();
    }

    /** Without "Số": "04/KH-UBND", "66-KH/ĐU". */
    public String citation() {
        if (family == LayoutFamily.STATE) {
            String symbol = kindAbbreviation != null
                    ? kindAbbreviation + "-" + issuerSymbol
                    : issuerSymbol + (unit == null ? "" : "-" + unit);
            return (number == null ? STATE_BLANK : twoDigits(number)) + "/" + symbol;
        }
        return (number == null ? PARTY_BLANK : twoDigits(number)) + "-" + kindAbbreviation + "/" + issuerSymbol;
    }

    public static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    /**
     * Reads a cited number ("Kế hoạch số 454/KH-UBND", "Số: 05/UBND-VP", "Nghị quyết số 08-NQ/ĐU"): the first number
     * in either family's form. A state symbol whose first group is a known type abbreviation is that type's.
     */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher party = PARTY.matcher(text);
        Matcher state = STATE.matcher(text);
        boolean isParty = party.find();
        boolean isState = state.find();
        if (isParty && (!isState || party.start() <= state.start())) {
            return Optional.of(new DocumentNumber(
                    LayoutFamily.PARTY, Integer.valueOf(party.group(1)), party.group(2), party.group(3), null));
        }
        if (!isState) {
            return Optional.empty();
        }
        Integer n = Integer.valueOf(state.group(1));
        String first = state.group(2);
        boolean typed =
                Arrays.stream(DocumentKind.values()).anyMatch(k -> first.equals(k.abbreviation(LayoutFamily.STATE)));
        return Optional.of(
                typed
                        ? new DocumentNumber(LayoutFamily.STATE, n, first, state.group(3), null)
                        : new DocumentNumber(LayoutFamily.STATE, n, null, first, state.group(3)));
    }
}
