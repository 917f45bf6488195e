package vn.ntm.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.errors.BadInputException;
import vn.ntm.text.VietnameseDates;

/**
 * Reads an uploaded catalog workbook one row at a time ({@link StreamedSheet}): it must be a catalog sheet of this product (the hidden
 * sheet), of the expected kind, set and overlay, with known column codes in row 1, each once, and the code column;
 * otherwise the whole file is refused saying where. Rows come back as the text of their cells by column code;
 * formulas as their text, never evaluated.
 */
final class CatalogSheetReader {

    /** A data row: its number as Excel shows it and the text of its cells by column code. */
    record SheetRow(int number, Map<String, String> cells) {

        String get(String code) {
            return cells.get(code);
        }
    }

    /** What a file holds: the column of each code (0 = A), and its rows. */
    record Content(Map<String, Integer> columns, List<SheetRow> rows) {

        String column(String code) {
            Integer index = columns.get(code);
            return index == null ? null : StreamedSheet.column(index);
        }
    }

    private CatalogSheetReader() {}

    static Content read(Path file, CatalogSheet.Kind kind, String setCode, Long overlayId) {
        try (StreamedSheet reader = StreamedSheet.open(file)) {
            identify(reader, kind, setCode, overlayId);
            if (!reader.hasSheet(CatalogSheet.DATA_SHEET)) {
                throw new BadInputException("file", "exchange.error.noSheet", CatalogSheet.DATA_SHEET);
            }
            Map<Integer, String> codes = new HashMap<>();
            List<SheetRow> rows = new ArrayList<>();
            reader.read(CatalogSheet.DATA_SHEET, (number, cells) -> {
                if (number == CatalogSheet.CODE_ROW) {
                    codes.putAll(header(cells, kind));
                } else if (number >= CatalogSheet.FIRST_DATA_ROW && !cells.isEmpty()) {
                    Map<String, String> byCode = new LinkedHashMap<>();
                    for (StreamedSheet.Cell cell : cells) {
                        String code = codes.get(cell.column());
                        if (code == null) {
                            throw new BadInputException(
                                    "file",
                                    "exchange.error.cellWithoutIndicator",
                                    StreamedSheet.ref(number, cell.column()));
                        }
                        byCode.put(code, cell.text());
                    }
                    rows.add(new SheetRow(number, byCode));
                }
            });
            if (!codes.containsValue("code")) {
                throw new BadInputException("file", "authoring.sheet.noCodeColumn");
            }
            Map<String, Integer> columns = new HashMap<>();
            codes.forEach((column, code) -> columns.put(code, column));
            return new Content(columns, rows);
        }
    }

    private static void identify(StreamedSheet reader, CatalogSheet.Kind kind, String setCode, Long overlayId) {
        if (!reader.hasSheet(CatalogSheet.ID_SHEET)) {
            throw new BadInputException("file", "exchange.error.notTemplate");
        }
        reader.read(CatalogSheet.ID_SHEET, (number, cells) -> {
            if (number != 1) {
                return;
            }
            Map<Integer, String> row = new HashMap<>();
            cells.forEach(c -> row.put(c.column(), c.text()));
            if (!CatalogSheet.FORMAT.equals(row.get(0))) {
                throw new BadInputException("file", "authoring.sheet.notCatalog");
            }
            if (!kind.name().equals(row.get(1))) {
                throw new BadInputException("file", "authoring.sheet.otherKind." + kind.name());
            }
            String fileSet = row.getOrDefault(2, "");
            if (!setCode.equals(fileSet)) {
                throw new BadInputException("file", "exchange.error.otherSet", fileSet, setCode);
            }
            if (overlayId != null && !String.valueOf(overlayId).equals(row.getOrDefault(3, ""))) {
                throw new BadInputException("file", "authoring.sheet.otherOverlay");
            }
        });
    }

    private static Map<Integer, String> header(List<StreamedSheet.Cell> cells, CatalogSheet.Kind kind) {
        List<String> fields = kind == CatalogSheet.Kind.SET ? CatalogSheet.SET_FIELDS : CatalogSheet.OVERLAY_FIELDS;
        Map<Integer, String> codes = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (StreamedSheet.Cell cell : cells) {
            String code = cell.text().trim();
            String column = StreamedSheet.column(cell.column());
            if (!fields.contains(code) && CatalogSheet.slot(code).isEmpty()) {
                throw new BadInputException("file", "authoring.sheet.unknownColumn", column, code);
            }
            Integer before = seen.put(code, cell.column());
            if (before != null) {
                throw new BadInputException(
                        "file", "authoring.sheet.duplicateColumn", code, StreamedSheet.column(before), column);
            }
            codes.put(cell.column(), code);
        }
        return codes;
    }

    /**
     * A date as typed: "29/12/2025" (as the template writes it) or a date cell, which the reader gives as Excel's
     * day number (days since 30/12/1899). Empty when the text is neither.
     */
    static Optional<LocalDate> date(String text) {
        Optional<LocalDate> typed = VietnameseDates.parse(text);
        if (typed.isPresent() || text == null || !text.trim().matches("\\d{4,6}")) {
            return typed;
        }
        return Optional.of(LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(text.trim())));
    }
}
