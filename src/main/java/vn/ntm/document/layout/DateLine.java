package vn.ntm.document.layout;

import java.time.LocalDate;

/**
 * The place and date line (document-layout.md §5): a leading zero for days below 10 and for months 1 and 2 only;
 * an undated draft leaves blanks for day and month.
 */
public final class DateLine {

    private static final String BLANK = "     ";

    private DateLine() {}

    public static String of(String place, LocalDate date, int draftYear) {
        if (date == null) {
            return place + ", ngày" + BLANK + "tháng" + BLANK + "năm " + draftYear;
        }
        return place + ", " + words(date);
    }

    /** "ngày 05 tháng 01 năm 2026": the date part alone (a signed copy is looked for it). */
    public static String words(LocalDate date) {
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        String day = d < 10 ? "0" + d : Integer.toString(d);
        String month = m <= 2 ? "0" + m : Integer.toString(m);
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
