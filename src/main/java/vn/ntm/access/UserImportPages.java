package vn.ntm.access;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.Role;
import vn.ntm.text.Messages;
import vn.ntm.web.CsvUpload;

/** Creating many users from one CSV file; the report lists refused rows and, once, the temporary passwords. */
@Controller
class UserImportPages {

    private final UserBulkImport bulk;
    private final Messages messages;

    UserImportPages(UserBulkImport bulk, Messages messages) {
        this.bulk = bulk;
        this.messages = messages;
    }

    @GetMapping("/admin/users/import")
    String form(Model model) {
        model.addAttribute("mode", ImportMode.ALL_OR_NOTHING);
        return page(model);
    }

    @PostMapping("/admin/users/import")
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
            Model model)
            throws IOException {
        model.addAttribute("mode", mode);
        CsvUpload.handle(file, model, messages, (name, content) -> bulk.importCsv(content, mode));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("columns", String.join(",", UserBulkImport.COLUMNS));
        model.addAttribute("columnsEn", String.join(",", UserBulkImport.COLUMNS_EN));
        model.addAttribute("roles", Role.values());
        return "admin/users-import";
    }
}
