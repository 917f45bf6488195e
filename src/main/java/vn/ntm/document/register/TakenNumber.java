package vn.ntm.document.register;

/** A number taken from a series, and the number and symbol as printed ("Số: 04/KH-UBND"). */
public record TakenNumber(long seriesId, int number, String display) {}
