package vn.ntm.exchange;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.ntm.assessment.values.StoredValues;
import vn.ntm.criteria.CriteriaSet;
import vn.ntm.criteria.Indicator;
import vn.ntm.errors.BadInputException;

/**
 * An uploaded exchange workbook, checked before any value is looked at: it must be a template of this product
 * (the hidden sheet), of the expected set and year, with indicator codes of that set in the header; every data
 * row must name a unit the template was issued for, once. Any of these failing refuses the whole file with a
 * message that says where. The rows are then streamed, one unit at a time.
 */
final class ExchangeFile implements AutoCloseable {

    /**
     * A unit as the template was issued for it (from the hidden sheet, not from what the user may have edited), with
     * the versions of its stored values then by indicator code; {@code versions} is null for a template made before
     * they were written (such a file is checked only against changes after its preview).
     */
    record Issued(long id, String code, String name, Map<String, Integer> versions) {

        /** Whether the stored value ({@code null}: none) is no longer the one the template was made from. */
        boolean changedSince(String indicatorCode, StoredValues.StoredValue now) {
            if (versions == null) {
                return false;
            }
            Integer then = versions.get(indicatorCode);
            return now == null ? then != null : then == null || then != now.version();
        }
    }

    /** A value cell of a unit's row with the indicator of its column. */
    record Value(int column, Indicator indicator, XlsxReader.Cell cell) {}

    record SheetRow(int number, Issued unit, List<Value> values) {}

    private final XlsxReader reader;
    private final CriteriaSet set;
    private final Map<Long, Issued> issued = new LinkedHashMap<>();
    private boolean versioned;

    private ExchangeFile(XlsxReader reader, CriteriaSet set) {
        this.reader = reader;
        this.set = set;
    }

    static ExchangeFile open(Path file, CriteriaSet set, int year) {
        XlsxReader reader = XlsxReader.open(file);
        ExchangeFile f = new ExchangeFile(reader, set);
        try {
            f.identify(year);
            return f;
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    int issuedCount() {
        return issued.size();
    }

    /** The ids of the units the template was issued for. */
    Set<Long> issuedIds() {
        return Collections.unmodifiableSet(issued.keySet());
    }

    private void identify(int year) {
        if (!reader.hasSheet(SheetLayout.ID_SHEET)) {
            throw new BadInputException("file", "exchange.error.notTemplate");
        }
        if (!reader.hasSheet(SheetLayout.DATA_SHEET)) {
            throw new BadInputException("file", "exchange.error.noSheet", SheetLayout.DATA_SHEET);
        }
        reader.read(SheetLayout.ID_SHEET, (number, cells) -> {
            Map<Integer, String> row = byColumn(cells);
            if (number == 1) {
                if (!SheetLayout.FORMAT.equals(row.get(0))) {
                    throw new BadInputException("file", "exchange.error.notTemplate");
                }
                String fileSet = row.getOrDefault(1, "");
                if (!set.code().equals(fileSet)) {
                    throw new BadInputException("file", "exchange.error.otherSet", fileSet, set.code());
                }
                String fileYear = row.getOrDefault(2, "");
                if (!String.valueOf(year).equals(fileYear)) {
                    throw new BadInputException("file", "exchange.error.otherYear", fileYear, String.valueOf(year));
                }
                versioned = SheetLayout.VERSIONS.equals(row.get(3));
            } else if (row.containsKey(0)) {
                long id = parseId(row.get(0))
                        .orElseThrow(() -> new BadInputException("file", "exchange.error.notTemplate"));
                issued.put(
                        id,
                        new Issued(
                                id,
                                row.getOrDefault(1, ""),
                                row.getOrDefault(2, ""),
                                versioned ? SheetLayout.parseVersions(row.get(3)) : null));
            }
        });
    }

    /** Streams the data rows to {@code consumer}, after checking the header row. */
    void rows(Consumer<SheetRow> consumer) {
        Map<Integer, Indicator> columns = new HashMap<>();
        Map<Long, Integer> seen = new HashMap<>();
        reader.read(SheetLayout.DATA_SHEET, (number, cells) -> {
            if (number == SheetLayout.CODE_ROW) {
                columns.putAll(header(cells));
            } else if (number >= SheetLayout.FIRST_DATA_ROW && !cells.isEmpty()) {
                if (columns.isEmpty()) {
                    throw new BadInputException("file", "exchange.error.noIndicators");
                }
                consumer.accept(row(number, cells, columns, seen));
            }
        });
        if (columns.isEmpty()) {
            throw new BadInputException("file", "exchange.error.noIndicators");
        }
    }

    private Map<Integer, Indicator> header(List<XlsxReader.Cell> cells) {
        Map<Integer, Indicator> columns = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (XlsxReader.Cell cell : cells) {
            if (cell.column() < SheetLayout.FIRST_INDICATOR_COLUMN) {
                continue;
            }
            String column = SheetLayout.column(cell.column());
            Indicator indicator = set.indicator(cell.text())
                    .orElseThrow(() -> new BadInputException(
                            "file", "exchange.error.unknownIndicator", column, cell.text(), set.code()));
            Integer before = codes.put(indicator.code(), cell.column());
            if (before != null) {
                throw new BadInputException(
                        "file",
                        "exchange.error.duplicateIndicator",
                        indicator.code(),
                        SheetLayout.column(before),
                        column);
            }
            columns.put(cell.column(), indicator);
        }
        if (columns.isEmpty()) {
            throw new BadInputException("file", "exchange.error.noIndicators");
        }
        return columns;
    }

    private SheetRow row(
            int number, List<XlsxReader.Cell> cells, Map<Integer, Indicator> columns, Map<Long, Integer> seen) {
        String idText = text(cells, SheetLayout.ID_COLUMN);
        if (idText == null) {
            throw new BadInputException("file", "exchange.error.noUnitId", String.valueOf(number));
        }
        Issued unit = parseId(idText)
                .map(issued::get)
                .orElseThrow(() ->
                        new BadInputException("file", "exchange.error.unitNotIssued", String.valueOf(number), idText));
        String code = text(cells, SheetLayout.UNIT_CODE_COLUMN);
        if (code != null && !code.equals(unit.code())) {
            throw new BadInputException(
                    "file",
                    "exchange.error.codeMismatch",
                    String.valueOf(number),
                    code,
                    String.valueOf(unit.id()),
                    unit.code(),
                    unit.name());
        }
        Integer first = seen.putIfAbsent(unit.id(), number);
        if (first != null) {
            throw new BadInputException(
                    "file",
                    "exchange.error.duplicateUnit",
                    String.valueOf(number),
                    unit.code(),
                    unit.name(),
                    String.valueOf(first));
        }
        List<Value> values = new ArrayList<>(cells.size());
        for (XlsxReader.Cell cell : cells) {
            if (cell.column() < SheetLayout.FIRST_INDICATOR_COLUMN) {
                continue;
            }
            Indicator indicator = columns.get(cell.column());
            if (indicator == null) {
                throw new BadInputException(
                        "file", "exchange.error.cellWithoutIndicator", SheetLayout.ref(number, cell.column()));
            }
            values.add(new Value(cell.column(), indicator, cell));
        }
        return new SheetRow(number, unit, values);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(new BigDecimal(text).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The text of a column's cell, or null; a data row's first columns are looked at without a map per row. */
    private static String text(List<XlsxReader.Cell> cells, int column) {
        String text = null;
        for (XlsxReader.Cell cell : cells) {
            if (cell.column() == column) {
                // as a map by column would: the last cell of a column wins
                text = cell.text();
            }
        }
        return text;
    }

    private static Map<Integer, String> byColumn(List<XlsxReader.Cell> cells) {
        Map<Integer, String> row = new HashMap<>();
        cells.forEach(c -> row.put(c.column(), c.text()));
        return row;
    }

    @Override
    public void close() {
        reader.close();
    }
}
