package vn.ntm.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.ntm.errors.BadInputException;

/**
 * Reads an .xlsx sheet with the SAX event model: one row at a time, whatever the sheet's size, so memory stays
 * bounded. Cells come as text: a number in plain form (a cell formatted as a percentage as the percentage it
 * shows), a string as written, and a formula as its formula text ("=1+1"), never evaluated and never replaced by
 * the value the spreadsheet computed.
 */
final class XlsxReader implements AutoCloseable {

    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    /** A non-empty cell: its column (0 = A), its text, and whether it held a formula. */
    record Cell(int column, String text, boolean formula) {}

    /** Receives the rows of a sheet in order; {@code number} is the row number Excel shows (1 = first). */
    interface Rows {
        void row(int number, List<Cell> cells);
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final Set<String> sheets = new HashSet<>();

    private XlsxReader(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        this.pkg = pkg;
        this.reader = new XSSFReader(pkg);
        this.strings = new ReadOnlySharedStringsTable(pkg, false);
        this.styles = reader.getStylesTable();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                sheets.add(it.getSheetName());
            }
        }
    }

    /** Opens the file, refusing with a clear message what is not an .xlsx workbook. */
    static XlsxReader open(Path file) {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(magic, 0, 4);
            if (n == 4 && (magic[0] & 0xff) == 0xD0 && (magic[1] & 0xff) == 0xCF) {
                throw new BadInputException("file", "exchange.error.xls");
            }
            if (n < 4 || magic[0] != 'P' || magic[1] != 'K') {
                throw new BadInputException("file", "exchange.error.notXlsx");
            }
        } catch (IOException e) {
            throw new BadInputException("file", "exchange.error.unreadable");
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            return new XlsxReader(pkg);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (pkg != null) {
                pkg.revert();
            }
            throw new BadInputException("file", "exchange.error.notXlsx");
        }
    }

    boolean hasSheet(String name) {
        return sheets.contains(name);
    }

    void read(String sheetName, Rows rows) {
        try {
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    if (it.getSheetName().equals(sheetName)) {
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new Handler(rows));
                        xml.parse(new InputSource(sheet));
                        return;
                    }
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new BadInputException("file", "exchange.error.unreadable");
        }
        throw new BadInputException("file", "exchange.error.noSheet", sheetName);
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** The column of a cell reference such as "AB12" (0 = A), read without building a reference object. */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return i == 0 || column == 0 ? new CellReference(reference).getCol() : column - 1;
    }

    /** Digits only, no leading zero, at most Excel's 15 significant digits: rounding and stripping change nothing. */
    static boolean isPlainInteger(String raw) {
        int n = raw.length();
        if (n == 0 || n > 15 || raw.charAt(0) == '0' && n > 1) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Collects one row's cells between {@code <row>} and {@code </row>}. */
    private final class Handler extends DefaultHandler {

        private final Rows rows;
        private final Map<Integer, Boolean> percentStyles = new HashMap<>();
        private final Map<Integer, String> sharedTexts = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private List<Cell> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean hasFormula;
        private StringBuilder target;

        Handler(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : columnOf(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    hasFormula = false;
                    value.setLength(0);
                    formula.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> target = value;
                case "f" -> {
                    hasFormula = true;
                    target = formula;
                }
                case "t" -> target = "inlineStr".equals(type) ? inline : null;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (target != null) {
                target.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "f", "t" -> target = null;
                case "c" -> {
                    String text = text();
                    if (!text.isBlank()) {
                        cells.add(new Cell(column, text.strip(), hasFormula));
                    }
                }
                case "row" -> rows.row(rowNumber, cells);
                default -> {}
            }
        }

        private String text() {
            if (hasFormula) {
                return "=" + (formula.length() > 0 ? formula : value);
            }
            if (type == null || "n".equals(type)) {
                return value.length() == 0 ? "" : number(value.toString());
            }
            return switch (type) {
                case "s" -> shared(Integer.parseInt(value.toString().trim()));
                case "inlineStr" -> inline.toString();
                case "b" -> "1".equals(value.toString()) ? "TRUE" : "FALSE";
                default -> value.toString();
            };
        }

        private String number(String raw) {
            // what Excel writes for most cells, an integer of up to 15 digits, is already its plain form
            if (isPlainInteger(raw) && !percentStyles.computeIfAbsent(style, this::isPercent)) {
                return raw;
            }
            BigDecimal n = new BigDecimal(raw.trim()).round(EXCEL_DIGITS);
            if (percentStyles.computeIfAbsent(style, this::isPercent)) {
                n = n.movePointRight(2);
            }
            return n.stripTrailingZeros().toPlainString();
        }

        /** A shared string, made once per index: the table builds a rich text object on every look-up. */
        private String shared(int index) {
            String text = sharedTexts.get(index);
            if (text == null) {
                text = strings.getItemAt(index).getString();
                sharedTexts.put(index, text);
            }
            return text;
        }

        private boolean isPercent(int index) {
            if (styles == null || index >= styles.getNumCellStyles()) {
                return false;
            }
            String format = styles.getStyleAt(index).getDataFormatString();
            return format != null && format.contains("%");
        }
    }
}
