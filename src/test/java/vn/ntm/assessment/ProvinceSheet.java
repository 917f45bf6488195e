package vn.ntm.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills a province's downloaded template as an officer would in Excel, for {@link ConcurrentSavesTest}. */
final class ProvinceSheet {

    private ProvinceSheet() {}

    /**
     * Every unit's row gets {@code 40 + round} (within bounds) in the {@code bySheet} columns; the {@code bySaves}
     * columns of {@code leftEmptyFor} are emptied, so the parallel saves there are not part of the file. The ids of
     * the sheet's units are added to {@code units}.
     */
    static byte[] fill(
            byte[] template,
            List<Long> units,
            long leftEmptyFor,
            List<ConcurrentSavesTest.Measured> bySheet,
            List<ConcurrentSavesTest.Measured> bySaves,
            int round)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("Giá trị");
            Map<String, Integer> columns = new HashMap<>();
            for (Cell c : sheet.getRow(0)) {
                if (c.getCellType() == CellType.STRING) {
                    columns.put(c.getStringCellValue(), c.getColumnIndex());
                }
            }
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                long unit = (long) row.getCell(0).getNumericCellValue();
                units.add(unit);
                for (ConcurrentSavesTest.Measured m : bySheet) {
                    cell(row, columns.get(m.code()))
                            .setCellValue(
                                    m.within(BigDecimal.valueOf(40 + round)).doubleValue());
                }
                if (unit == leftEmptyFor) {
                    for (ConcurrentSavesTest.Measured m : bySaves) {
                        cell(row, columns.get(m.code())).setBlank();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Cell cell(Row row, int column) {
        Cell c = row.getCell(column);
        return c != null ? c : row.createCell(column);
    }
}
