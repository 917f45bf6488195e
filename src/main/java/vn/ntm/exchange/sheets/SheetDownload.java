package vn.ntm.exchange.sheets;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends a workbook as a download, streamed straight into the response: nothing is built in memory first. */
public final class SheetDownload {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes a workbook into the response's stream. */
    @FunctionalInterface
    public interface Body {
        void to(OutputStream out) throws IOException;
    }

    private SheetDownload() {}

    /** An attachment named {@code fileName} (any Unicode name; the header carries it encoded). */
    public static void send(HttpServletResponse response, String fileName, Body body) throws IOException {
        headers(response, fileName);
        body.to(response.getOutputStream());
    }

    /** The content type and the attachment's name, for a caller that writes the body itself. */
    public static void headers(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }
}
