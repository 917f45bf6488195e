package vn.ntm.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * An uploaded .xlsx read one row at a time, whatever its size (memory stays bounded): cells as text, numbers in
 * plain form, formulas as their text and never evaluated. Places are named by row and column as Excel shows them
 * ({@link #column(int)}, {@link #ref(int, int)}: "dòng 5, cột K"), so that every error can say where it is.
 */
@NamedInterface("sheets")
public final class StreamedSheet implements AutoCloseable {

    /** A non-empty cell: its column (0 = A), its text, and whether it held a formula. */
    public record Cell(int column, String text, boolean formula) {}

    /** Receives the rows of a sheet in order; {@code number} is the row number Excel shows (1 = first). */
    @FunctionalInterface
    public interface Rows {
        void row(int number, List<Cell> cells);
    }

    private final XlsxReader reader;

    private StreamedSheet(XlsxReader reader) {
        this.reader = reader;
    }

    /** Opens the file; one that is no workbook is refused with a clear error. */
    public static StreamedSheet open(Path file) {
        return new StreamedSheet(XlsxReader.open(file));
    }

    public boolean hasSheet(String name) {
        return reader.hasSheet(name);
    }

    public void read(String sheetName, Rows rows) {
        reader.read(sheetName, (number, cells) -> {
            List<Cell> row = new ArrayList<>(cells.size());
            cells.forEach(c -> row.add(new Cell(c.column(), c.text(), c.formula())));
            rows.row(number, row);
        });
    }

    /** The column's letters as Excel shows them (0 = A, 26 = AA). */
    public static String column(int index) {
        return SheetLayout.column(index);
    }

    /** Where a cell is, for messages and reports: "dòng 5, cột K". */
    public static String ref(int row, int column) {
        return SheetLayout.ref(row, column);
    }

    @Override
    public void close() {
        reader.close();
    }
}
