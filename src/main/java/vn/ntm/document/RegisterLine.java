package vn.ntm.document;

import java.time.LocalDate;

/** One line of the register (sổ đăng ký văn bản đi): a number taken, its document's kind and title. */
public record RegisterLine(
        int number, String display, LocalDate issuedOn, long documentId, String takenBy, String kind, String title) {}
