package vn.ntm.org;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.imports.ImportMode;
import vn.ntm.text.Messages;
import vn.ntm.web.CsvUpload;

/** Setting up the bodies and people of many units from one CSV file, with the report of every refused row. */
@Controller
class BodyImportPages {

    private final BodyBulkImport bulk;
    private final BodyDirectory bodies;
    private final Messages messages;

    BodyImportPages(BodyBulkImport bulk, BodyDirectory bodies, Messages messages) {
        this.bulk = bulk;
        this.bodies = bodies;
        this.messages = messages;
    }

    @GetMapping("/admin/bodies/import")
    String form(Model model) {
        model.addAttribute("mode", ImportMode.ALL_OR_NOTHING);
        return page(model);
    }

    @PostMapping("/admin/bodies/import")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
            Model model)
            throws IOException {
        model.addAttribute("mode", mode);
        CsvUpload.handle(file, model, messages, (name, content) -> bulk.importCsv(name, content, mode, false));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("columns", String.join(",", BodyBulkImport.COLUMNS));
        model.addAttribute("columnsEn", String.join(",", BodyBulkImport.COLUMNS_EN));
        model.addAttribute("types", bodies.types(null));
        return "admin/bodies-import";
    }
}
