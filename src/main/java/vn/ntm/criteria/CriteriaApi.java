package vn.ntm.criteria;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.web.ApiController;

/** Criteria sets and provincial overlays: read, import and export in the documented file format. */
@ApiController("/api/v1/criteria")
@Tag(name = "Bộ tiêu chí / Criteria catalog")
class CriteriaApi {

    private final Catalog catalog;
    private final SetImport sets;
    private final OverlayImport overlays;
    private final CatalogExport export;

    CriteriaApi(Catalog catalog, SetImport sets, OverlayImport overlays, CatalogExport export) {
        this.catalog = catalog;
        this.sets = sets;
        this.overlays = overlays;
        this.export = export;
    }

    /** A set with its national thresholds, so a reader sees what is configured and what is verified. */
    record SetWithThresholds(CriteriaSet set, List<Threshold> nationalThresholds) {}

    record OverlayWithThresholds(Overlay overlay, List<Threshold> thresholds) {}

    @GetMapping("/sets")
    List<CriteriaSet> sets() {
        return catalog.sets();
    }

    @GetMapping("/sets/{code}")
    SetWithThresholds set(@PathVariable String code) {
        CriteriaSet set = catalog.set(code);
        return new SetWithThresholds(set, catalog.nationalThresholds(set.id()));
    }

    @GetMapping(value = "/sets/{code}/file", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> exportSet(@PathVariable String code) {
        return file(code.toLowerCase() + ".json", export.exportSet(code));
    }

    @PostMapping(value = "/sets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportOutcome importSet(@RequestParam MultipartFile file) throws IOException {
        return sets.importSet(file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/overlays")
    List<Overlay> overlays(@RequestParam(required = false) String set) {
        return catalog.overlays(set == null ? null : catalog.set(set).id());
    }

    @GetMapping("/overlays/{id}")
    OverlayWithThresholds overlay(@PathVariable long id) {
        Overlay overlay = catalog.overlay(id);
        return new OverlayWithThresholds(overlay, catalog.overlayThresholds(overlay));
    }

    @GetMapping(value = "/overlays/{id}/file", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> exportOverlay(@PathVariable long id) {
        return file("overlay-" + id + ".json", export.exportOverlay(id));
    }

    @PostMapping(value = "/overlays", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportOutcome importOverlay(@RequestParam MultipartFile file) throws IOException {
        return overlays.importOverlay(file.getOriginalFilename(), file.getBytes());
    }

    private static ResponseEntity<byte[]> file(String name, byte[] content) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(content);
    }
}
