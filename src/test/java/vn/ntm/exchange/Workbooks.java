package vn.ntm.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading and editing small workbooks in tests, as a user would in Excel. */
final class Workbooks {

    private Workbooks() {}

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }

    /** The column of an indicator code in the header row. */
    static int column(Sheet sheet, String code) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(code)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + code);
    }

    /** The cell of a unit's row (by id in column A) and an indicator. */
    static Cell cell(Sheet sheet, long unitId, String code) {
        int column = column(sheet, code);
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && (long) row.getCell(0).getNumericCellValue() == unitId) {
                Cell cell = row.getCell(column);
                return cell != null ? cell : row.createCell(column);
            }
        }
        throw new AssertionError("no row for unit " + unitId);
    }

    static String columnName(int column) {
        return CellReference.convertNumToColString(column);
    }
}
