package vn.ntm.exchange;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import vn.ntm.exchange.sheets.Look;
import vn.ntm.exchange.sheets.SheetOut;
import vn.ntm.exchange.sheets.WorkbookOut;
import vn.ntm.text.Messages;

/**
 * The full report of a preview: every change and every error. While the upload streams by, each line is only
 * appended to a compressed text kept with the preview (a national sheet has 570,000 changes, and building the
 * workbook then took most of the preview's time); the workbook, a sheet of changes and a sheet of errors, is built
 * from that text when somebody downloads it, streamed through {@link WorkbookOut}.
 */
final class ReportWriter implements AutoCloseable {

    private static final char CHANGE = 'C';
    private static final char ERROR = 'E';

    private final Writer lines;

    ReportWriter(OutputStream file) {
        this.lines = new BufferedWriter(
                new OutputStreamWriter(
                        new DeflaterOutputStream(file, new Deflater(Deflater.BEST_SPEED), 1 << 16),
                        StandardCharsets.UTF_8),
                1 << 16);
    }

    void change(PreviewLines.ChangeLine l) throws IOException {
        line(CHANGE, l.ref(), l.unitCode(), l.unitName(), l.indicator(), l.before(), l.after());
    }

    void error(PreviewLines.ErrorLine l) throws IOException {
        line(ERROR, l.ref(), l.unitCode(), l.unitName(), l.indicator(), l.message());
    }

    /** A conflict goes with the cells to look at (the errors sheet), its message saying theirs, yours, who, when. */
    void conflict(PreviewLines.ConflictLine l, String message) throws IOException {
        line(ERROR, l.ref(), l.unitCode(), l.unitName(), l.indicator(), message);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    private void line(char kind, String... texts) throws IOException {
        lines.write(kind);
        for (String text : texts) {
            lines.write('\t');
            escape(text == null ? "" : text);
        }
        lines.write('\n');
    }

    /** Tabs and line breaks inside a text (an error quoting a cell) must not split the line. */
    private void escape(String text) throws IOException {
        if (plain(text)) {
            // nearly every text: written whole, not one character at a time
            lines.write(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> lines.write("\\\\");
                case '\t' -> lines.write("\\t");
                case '\n' -> lines.write("\\n");
                case '\r' -> lines.write("\\r");
                default -> lines.write(c);
            }
        }
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** The sheet names and column headings, in the reader's language. */
    record Headings(
            String changes,
            String errors,
            String ref,
            String unitCode,
            String unitName,
            String indicator,
            String before,
            String after,
            String message) {

        static Headings of(Messages messages) {
            return new Headings(
                    messages.get("exchange.report.changes"),
                    messages.get("exchange.report.errors"),
                    messages.get("exchange.report.ref"),
                    messages.get("exchange.report.unitCode"),
                    messages.get("exchange.report.unitName"),
                    messages.get("exchange.report.indicator"),
                    messages.get("exchange.report.before"),
                    messages.get("exchange.report.after"),
                    messages.get("exchange.report.message"));
        }
    }

    /**
     * Memory stays bounded however many lines there are: a window of 100 rows, and texts inline (nearly every line
     * differs, so a shared table of texts would grow with the report); temporary files uncompressed, for speed.
     */
    private static final WorkbookOut.Streaming STREAMING = new WorkbookOut.Streaming(100, false, false);

    /** Builds the workbook from the recorded lines straight into {@code out}. */
    static void workbook(InputStream file, Headings headings, OutputStream out) throws IOException {
        try (WorkbookOut workbook = WorkbookOut.streamed(STREAMING);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(
                                new InflaterInputStream(file, new Inflater(), 1 << 16), StandardCharsets.UTF_8),
                        1 << 16)) {
            SheetOut changes = workbook.sheet(headings.changes());
            SheetOut errors = workbook.sheet(headings.errors());
            changes.header(
                    List.of(
                            headings.ref(),
                            headings.unitCode(),
                            headings.unitName(),
                            headings.indicator(),
                            headings.before(),
                            headings.after()),
                    Look.PLAIN);
            errors.header(
                    List.of(
                            headings.ref(),
                            headings.unitCode(),
                            headings.unitName(),
                            headings.indicator(),
                            headings.message()),
                    Look.PLAIN);
            changes.width(2, 28);
            errors.width(2, 28).width(4, 80);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                (line.charAt(0) == CHANGE ? changes : errors).row().texts(unescape(line));
            }
            workbook.write(out);
        }
    }

    /** The texts after the kind letter. */
    private static List<String> unescape(String line) {
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 2; i <= line.length(); i++) {
            char c = i == line.length() ? '\t' : line.charAt(i);
            if (c == '\t') {
                texts.add(text.toString());
                text.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                text.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                text.append(c);
            }
        }
        return texts;
    }
}
