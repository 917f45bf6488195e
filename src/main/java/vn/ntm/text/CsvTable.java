package vn.ntm.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.ntm.errors.BadInputException;

/**
 * A CSV file with a fixed, documented header. The header must be exactly one of the accepted layouts (Vietnamese
 * or English column names); a wrong header or a row with the wrong number of fields is refused with its line.
 * Comma or semicolon separated (Excel in Vietnamese locale saves with semicolons).
 */
public final class CsvTable {

    /** One data row: its line in the file (the header is line 1) and its trimmed, NFC-normalised values. */
    public record Row(int line, List<String> values) {

        public String get(int column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v;
        }
    }

    private CsvTable() {}

    /** Decodes strictly as UTF-8 and parses; refuses a header that is none of {@code layouts}. */
    @SafeVarargs
    public static List<Row> parse(byte[] content, List<String>... layouts) {
        return parse(Utf8Text.decode(content, "file"), layouts);
    }

    @SafeVarargs
    public static List<Row> parse(String text, List<String>... layouts) {
        char delimiter = firstLine(text).contains(";") && !firstLine(text).contains(",") ? ';' : ',';
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(h -> h.trim().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> expected = null;
            for (List<String> layout : layouts) {
                if (layout.equals(header)) {
                    expected = layout;
                }
            }
            if (expected == null) {
                throw new BadInputException(
                        "file", "error.import.csvColumns", String.join(",", header), String.join(",", layouts[0]));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (record.size() != expected.size()) {
                    throw new BadInputException(
                            "file", "error.import.csvFieldCount", line, record.size(), expected.size());
                }
                List<String> values = new ArrayList<>(record.size());
                record.forEach(v -> values.add(SearchKey.clean(v)));
                rows.add(new Row(line, values));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BadInputException("file", "error.import.csvMalformed", e.getMessage());
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
