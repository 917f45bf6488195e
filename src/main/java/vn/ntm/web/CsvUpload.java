package vn.ntm.web;

import java.io.IOException;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.ProblemException;
import vn.ntm.text.Messages;

/**
 * The upload step the CSV screens share: a missing file or a refused file becomes the form's error next to the
 * file input; otherwise the import's report goes to the page.
 */
public final class CsvUpload {

    /** Runs the import of one uploaded file and returns its report. */
    @FunctionalInterface
    public interface Importer {
        Object run(String fileName, byte[] content) throws IOException;
    }

    private CsvUpload() {}

    public static void handle(MultipartFile file, Model model, Messages messages, Importer importer)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new BadInputException("file", "admin.import.fileRequired");
            }
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("report", importer.run(file.getOriginalFilename(), file.getBytes()));
        } catch (ProblemException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, List.of("file")));
        }
    }
}
