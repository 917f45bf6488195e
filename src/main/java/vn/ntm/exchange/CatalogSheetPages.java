package vn.ntm.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ntm.criteria.Catalog;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.imports.ImportMode;
import vn.ntm.text.Messages;

/**
 * The screens of the catalog sheets: download the template of a set's indicators (or of a province's overlay),
 * upload it filled, read the preview of every addition, change and error, then apply in the chosen mode. A refusal
 * comes back on the same page with its reason.
 */
@Controller
class CatalogSheetPages {

    private final CatalogTemplates templates;
    private final CatalogUploads uploads;
    private final Catalog catalog;
    private final Messages messages;

    CatalogSheetPages(CatalogTemplates templates, CatalogUploads uploads, Catalog catalog, Messages messages) {
        this.templates = templates;
        this.uploads = uploads;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/catalog/sets/{code}/excel")
    String setPage(@PathVariable String code, Model model) {
        model.addAttribute("set", catalog.set(code));
        model.addAttribute("overlay", null);
        model.addAttribute("keys", templates.keyLabels(catalog.set(code)));
        return "exchange/catalog";
    }

    @GetMapping("/catalog/overlays/{id}/excel")
    String overlayPage(@PathVariable long id, Model model) {
        var overlay = catalog.overlay(id);
        model.addAttribute("set", catalog.set(overlay.setId()));
        model.addAttribute("overlay", overlay);
        model.addAttribute("keys", templates.keyLabels(catalog.set(overlay.setId())));
        return "exchange/catalog";
    }

    @GetMapping("/catalog/sets/{code}/excel/template")
    void setTemplate(@PathVariable String code, HttpServletResponse response) throws IOException {
        Downloads.workbook(response, templates.setFileName(code), out -> templates.set(code, out));
    }

    @GetMapping("/catalog/overlays/{id}/excel/template")
    void overlayTemplate(@PathVariable long id, HttpServletResponse response) throws IOException {
        Downloads.workbook(response, templates.overlayFileName(id), out -> templates.overlay(id, out));
    }

    @PostMapping("/catalog/sets/{code}/excel")
    String uploadSet(@PathVariable String code, @RequestParam MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return "redirect:/catalog/excel/"
                    + uploads.previewSet(code, file.getOriginalFilename(), in).token();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            return "redirect:/catalog/sets/" + code + "/excel";
        }
    }

    @PostMapping("/catalog/overlays/{id}/excel")
    String uploadOverlay(@PathVariable long id, @RequestParam MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return "redirect:/catalog/excel/"
                    + uploads.previewOverlay(id, file.getOriginalFilename(), in).token();
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            return "redirect:/catalog/overlays/" + id + "/excel";
        }
    }

    @GetMapping("/catalog/excel/{token}")
    String preview(@PathVariable String token, Model model) {
        CatalogPreview preview = uploads.preview(token);
        model.addAttribute("preview", preview);
        model.addAttribute("set", catalog.set(preview.setCode()));
        model.addAttribute("overlay", preview.overlayId() == null ? null : catalog.overlay(preview.overlayId()));
        model.addAttribute("modes", ImportMode.values());
        return "exchange/catalog-preview";
    }

    @PostMapping("/catalog/excel/{token}/apply")
    String apply(
            @PathVariable String token, @RequestParam(required = false) ImportMode mode, RedirectAttributes redirect) {
        try {
            uploads.apply(token, mode);
        } catch (OutOfScopeException e) {
            throw e;
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", messages.get(e.messageKey(), e.args()));
            redirect.addFlashAttribute("mode", mode);
        }
        return "redirect:/catalog/excel/" + token;
    }
}
