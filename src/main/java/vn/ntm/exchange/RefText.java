package vn.ntm.exchange;

import vn.ntm.text.Messages;

/**
 * Where a cell is, in the reader's language ("dòng 5, cột K", "row 5, column K"): the message is read once per
 * preview and filled per cell, rather than resolved and formatted for each of a national sheet's 440,000 cells.
 */
final class RefText {

    private static final String ROW = "\u0000";
    private static final String COLUMN = "\u0001";

    private final Messages messages;
    private final boolean whole;
    private final String head;
    private final String middle;
    private final String tail;
    private final boolean rowFirst;

    RefText(Messages messages) {
        String pattern = messages.get("exchange.ref", ROW, COLUMN);
        int row = pattern.indexOf(ROW);
        int column = pattern.indexOf(COLUMN);
        this.messages = messages;
        // a wording without both places (never so in our bundles) is formatted per cell, as before
        whole = row < 0 || column < 0;
        rowFirst = row <= column;
        int first = Math.min(row, column);
        int second = Math.max(row, column);
        head = whole ? "" : pattern.substring(0, first);
        middle = whole ? "" : pattern.substring(first + 1, second);
        tail = whole ? "" : pattern.substring(second + 1);
    }

    String of(int row, int column) {
        String letters = SheetLayout.column(column);
        String rowText = String.valueOf(row);
        if (whole) {
            return messages.get("exchange.ref", rowText, letters);
        }
        return rowFirst ? head + rowText + middle + letters + tail : head + letters + middle + rowText + tail;
    }
}
