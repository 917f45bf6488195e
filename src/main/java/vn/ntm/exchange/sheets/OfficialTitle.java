package vn.ntm.exchange.sheets;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The title block of an official table (Decree 30/2020/NĐ-CP, Phụ lục I; the layout reference in
 * {@code docs/document-layout.md} of the shared documents): on the left the superior body (if any) and the issuing
 * body in capitals; on the right the national title, the motto and the date line; then the title (tên loại and
 * what it is about) centred over the whole table, and an optional second title line (trích yếu). Names are given as
 * stored ("Ủy ban nhân dân xã Thượng Lộ"); the block writes them in capitals.
 *
 * @param superior the body directly above the issuer, or null
 * @param issuer the issuing body (required)
 * @param title the title, e.g. "BÁO CÁO KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI" (required)
 * @param subtitle the line under the title, or null
 * @param place the place of the date line, the name of the unit where the issuer sits (required)
 * @param date the day of the date line, or null for a draft not yet dated (the day and month are left blank)
 */
public record OfficialTitle(
        String superior, String issuer, String title, String subtitle, String place, LocalDate date) {

    /** Quốc hiệu, in capitals (Phụ lục I, II.1a). */
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    /** Tiêu ngữ, each phrase capitalised and joined by " - " (Phụ lục I, II.1b). */
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public OfficialTitle {
        if (blank(issuer) || blank(title) || blank(place)) {
            throw new IllegalArgumentException("an official title needs its issuer, title and place");
        }
    }

    /**
     * "Thượng Lộ, ngày 05 tháng 01 năm 2024": days below 10 and the months January and February with a leading
     * zero, the other months plain (Phụ lục I, II.4b); an undated draft keeps blanks for the day and month.
     */
    public String dateLine() {
        if (date == null) {
            return place + ", ngày      tháng      năm      ";
        }
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return place + ", ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month <= 2 ? "0" + month : month)
                + " năm " + date.getYear();
    }

    String superiorLine() {
        return blank(superior) ? null : superior.toUpperCase(VIETNAMESE);
    }

    String issuerLine() {
        return issuer.toUpperCase(VIETNAMESE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
