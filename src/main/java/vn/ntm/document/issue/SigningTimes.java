package vn.ntm.document.issue;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.ntm.document.DocumentView.SigningTime;
import vn.ntm.errors.BadInputException;

/**
 * What a signed PDF says about its signing, kept as it says it: every signature dictionary (signer, reason,
 * location, sub-filter, the signing time it states) and every ISO 8601 time the signing software printed on the
 * pages (NĐ 30 Phụ lục I: the organisation's signature shows the time as text; seed 002 shows
 * {@code 2024-10-31T17:52:17+0700}). Nothing is recomputed, and the signatures are not validated.
 */
final class SigningTimes {

    static final String DICTIONARY = "SIGNATURE_DICTIONARY";
    static final String PAGE_TEXT = "PAGE_TEXT";

    private static final Pattern ISO_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern PDF_DATE = Pattern.compile(
            "D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(?:(Z)|([+-])(\\d{2})'?(?:(\\d{2})'?)?)?");
    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXX");

    /** The signing times and the text of each page, read once. */
    record Reading(List<SigningTime> times, List<String> pages) {

        String text() {
            return String.join("\n", pages);
        }
    }

    private SigningTimes() {}

    /** Reads a PDF; refuses one PDFBox cannot open (damaged, or locked with a password). */
    static Reading read(String name, byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<SigningTime> times = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                // the time as the dictionary writes it ("D:20241031175217+07'00'"), read with its own offset
                String stated = signature.getCOSObject().getString(COSName.M);
                Calendar signed = signature.getSignDate();
                OffsetDateTime at = stated == null ? null : parse(stated);
                if (at == null && signed != null) {
                    at = signed.toInstant().atOffset(offsetOf(signed));
                }
                times.add(new SigningTime(
                        DICTIONARY,
                        null,
                        signature.getName(),
                        signature.getReason(),
                        signature.getLocation(),
                        signature.getSubFilter(),
                        stated != null ? stated : at == null ? "" : at.toString(),
                        at));
            }
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                pages.add(text);
                Matcher m = ISO_TIME.matcher(text);
                while (m.find()) {
                    times.add(new SigningTime(PAGE_TEXT, page, null, null, null, null, m.group(), parse(m.group())));
                }
            }
            return new Reading(times, pages);
        } catch (IOException e) {
            throw new BadInputException("file", "document.error.signedUnreadable", name);
        }
    }

    /**
     * The time as the text states it, with its own offset: ISO 8601 ({@code 2024-10-31T17:52:17+0700} or with a
     * colon) or a PDF date ({@code D:20241031175217+07'00'}); null when the text is not such a time (kept anyway).
     */
    static OffsetDateTime parse(String text) {
        Matcher pdfDate = PDF_DATE.matcher(text);
        if (pdfDate.matches()) {
            if (pdfDate.group(7) == null && pdfDate.group(8) == null) {
                return null; // a PDF date without its offset does not say which time it is
            }
            String offset = pdfDate.group(7) != null
                    ? "+00:00"
                    : pdfDate.group(8) + pdfDate.group(9) + ":"
                            + (pdfDate.group(10) == null ? "00" : pdfDate.group(10));
            text = pdfDate.group(1) + "-" + pdfDate.group(2) + "-" + pdfDate.group(3) + "T" + pdfDate.group(4) + ":"
                    + pdfDate.group(5) + ":" + pdfDate.group(6) + offset;
        }
        try {
            return text.matches(".*[+-]\\d{4}$")
                    ? OffsetDateTime.parse(text, COMPACT_OFFSET)
                    : OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneOffset offsetOf(Calendar calendar) {
        return ZoneOffset.ofTotalSeconds(
                (calendar.get(Calendar.ZONE_OFFSET) + calendar.get(Calendar.DST_OFFSET)) / 1000);
    }
}
