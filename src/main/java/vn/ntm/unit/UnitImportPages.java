package vn.ntm.unit;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.text.Messages;
import vn.ntm.web.CsvUpload;
import vn.ntm.web.FormDates;
import vn.ntm.web.FormErrors;

/**
 * An administrator imports a unit list, a mapping or unit attributes from a file: the same import as the API and
 * the command line, with its report on the page (counts, the rules applied, every row to note, by line).
 */
@Controller
class UnitImportPages {

    /** What the form sends; the date stays text so a mistyped one is shown back. */
    record ImportFields(UnitImports.Kind kind, String effective, String legalBasis, ImportMode mode) {}

    private final UnitImports imports;
    private final CurrentScope scope;
    private final Messages messages;

    UnitImportPages(UnitImports imports, CurrentScope scope, Messages messages) {
        this.imports = imports;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/admin/units/import")
    String form(Model model) {
        requireAdministrator();
        return page(new ImportFields(UnitImports.Kind.LIST, "", "", ImportMode.ALL_OR_NOTHING), model);
    }

    @PostMapping("/admin/units/import")
    String upload(ImportFields fields, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        requireAdministrator();
        ImportMode mode = fields.mode() == null ? ImportMode.ALL_OR_NOTHING : fields.mode();
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", FormErrors.single("file", messages.get("unitImport.fileRequired")));
            return page(new ImportFields(fields.kind(), fields.effective(), fields.legalBasis(), mode), model);
        }
        CsvUpload.handle(file, model, messages, (name, content) -> {
            if (fields.kind() == null) {
                throw new BadInputException("kind", "error.import.kindRequired");
            }
            return imports.importFile(
                    fields.kind(),
                    name,
                    content,
                    FormDates.parse("effective", fields.effective()),
                    blankToNull(fields.legalBasis()),
                    mode,
                    false);
        });
        if (model.getAttribute("report") instanceof ImportReport report) {
            model.addAttribute(
                    "seconds", BigDecimal.valueOf(report.durationMs()).movePointLeft(3));
            model.addAttribute("ruleGroups", ruleGroups(report));
        }
        return page(new ImportFields(fields.kind(), fields.effective(), fields.legalBasis(), mode), model);
    }

    private String page(ImportFields fields, Model model) {
        model.addAttribute("fields", fields);
        model.addAttribute("mode", fields.mode());
        model.addAttribute("kinds", UnitImports.Kind.values());
        model.addAttribute("listColumns", String.join(",", UnitListReader.CSV_COLUMNS));
        model.addAttribute("mappingColumns", String.join(",", MappingFile.COLUMNS));
        model.addAttribute("attributeColumns", String.join(",", UnitAttributes.CSV_COLUMNS));
        return "admin/unit-import";
    }

    /** The rules applied, whole-row rules first, then how old and new communes were found. */
    static Map<String, List<ImportReport.RuleCount>> ruleGroups(ImportReport report) {
        Map<String, List<ImportReport.RuleCount>> groups = new LinkedHashMap<>();
        for (String group : List.of("row", "old", "new")) {
            List<ImportReport.RuleCount> rules =
                    report.rules().stream().filter(r -> r.group().equals(group)).toList();
            if (!rules.isEmpty()) {
                groups.put(group, rules);
            }
        }
        return groups;
    }

    private void requireAdministrator() {
        if (!Permissions.mayImportUnits(scope.actor())) {
            throw new OutOfScopeException("error.import.adminOnly");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
