package vn.ntm.criteria;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import vn.ntm.criteria.IndicatorDraft.ThresholdDraft;
import vn.ntm.web.ApiController;

/**
 * Authoring over the API: a set's indicators (with their national thresholds and sources) and the unit types it
 * covers, by an administrator; a province's overlay (created, its thresholds, the bodies owning its criteria) by
 * an administrator or an officer of that province.
 */
@ApiController("/api/v1/criteria")
@Tag(name = "Bộ tiêu chí: soạn chỉ tiêu, ngưỡng / Criteria authoring")
class AuthoringApi {

    private final Catalog catalog;
    private final IndicatorAuthoring indicators;
    private final CoverageEditor coverage;
    private final OverlayImport overlays;
    private final ThresholdEditor thresholds;
    private final OverlayOwners owners;

    AuthoringApi(
            Catalog catalog,
            IndicatorAuthoring indicators,
            CoverageEditor coverage,
            OverlayImport overlays,
            ThresholdEditor thresholds,
            OverlayOwners owners) {
        this.catalog = catalog;
        this.indicators = indicators;
        this.coverage = coverage;
        this.overlays = overlays;
        this.thresholds = thresholds;
        this.owners = owners;
    }

    /** An indicator with its national thresholds, each threshold with its own source or none (the indicator's). */
    record IndicatorRequest(
            Integer criterion,
            String code,
            String textVi,
            String textEn,
            String kind,
            String measureUnit,
            String comparison,
            String minValue,
            String maxValue,
            String note,
            Citation source,
            List<ThresholdDraft> thresholds,
            Integer version,
            String reason) {

        IndicatorDraft draft() {
            return new IndicatorDraft(
                    criterion,
                    code,
                    textVi,
                    textEn,
                    kind,
                    measureUnit,
                    comparison,
                    minValue,
                    maxValue,
                    note,
                    source,
                    thresholds);
        }
    }

    record IndicatorWithThresholds(Indicator indicator, List<Threshold> thresholds) {}

    record UnitTypesRequest(List<String> unitTypes, Integer version, String reason) {}

    @Operation(summary = "Thêm chỉ tiêu vào bộ tiêu chí (quản trị viên) / add an indicator")
    @PostMapping(value = "/sets/{code}/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorWithThresholds add(@PathVariable String code, @RequestBody IndicatorRequest request) {
        return withThresholds(indicators.add(code, request.draft(), request.reason()));
    }

    @GetMapping("/indicators/{id}")
    IndicatorWithThresholds indicator(@PathVariable long id) {
        CriteriaSet set = catalog.set(catalog.setOfIndicator(id));
        return withThresholds(
                set.indicators().filter(i -> i.id() == id).findFirst().orElseThrow());
    }

    @Operation(summary = "Sửa chỉ tiêu theo phiên bản đã đọc / change an indicator at the version read")
    @PutMapping(value = "/indicators/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    IndicatorWithThresholds update(@PathVariable long id, @RequestBody IndicatorRequest request) {
        return withThresholds(indicators.update(id, request.draft(), request.version(), request.reason()));
    }

    @Operation(summary = "Xóa chỉ tiêu chưa có giá trị / remove an indicator no value uses")
    @DeleteMapping("/indicators/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason) {
        indicators.remove(id, version, reason);
    }

    @Operation(summary = "Loại đơn vị bộ tiêu chí áp dụng (XA, PHUONG, THI_TRAN, DAC_KHU) / unit types covered")
    @PutMapping(value = "/sets/{code}/unit-types", consumes = MediaType.APPLICATION_JSON_VALUE)
    CriteriaSet unitTypes(@PathVariable String code, @RequestBody UnitTypesRequest request) {
        return coverage.update(code, request.unitTypes(), request.version(), request.reason())
                .header();
    }

    @Operation(summary = "Tạo bộ tiêu chí của tỉnh (chưa có ngưỡng) / create a province's overlay")
    @PostMapping(value = "/overlays", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Overlay createOverlay(@RequestBody OverlayImport.OverlayHeader header) {
        return overlays.create(header);
    }

    @PostMapping(value = "/overlays/{id}/thresholds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Threshold addThreshold(@PathVariable long id, @RequestBody ThresholdEditor.ThresholdForm form) {
        return thresholds.add(id, form);
    }

    @PutMapping(value = "/thresholds/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Threshold updateThreshold(@PathVariable long id, @RequestBody ThresholdEditor.ThresholdForm form) {
        return thresholds.update(id, form);
    }

    @DeleteMapping("/thresholds/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeThreshold(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason) {
        thresholds.remove(id, version, reason);
    }

    @Operation(summary = "Cơ quan phụ trách một tiêu chí theo văn bản của tỉnh / the body a province assigns")
    @PutMapping(value = "/overlays/{id}/owners/{criterion}", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<OwnerAssignment> assignOwner(
            @PathVariable long id, @PathVariable int criterion, @RequestBody OverlayOwners.OwnerForm form) {
        owners.assign(id, criterion, form);
        return catalog.owners(catalog.overlay(id));
    }

    private IndicatorWithThresholds withThresholds(Indicator indicator) {
        long setId = catalog.setOfIndicator(indicator.id());
        return new IndicatorWithThresholds(
                indicator,
                catalog.nationalThresholds(setId).stream()
                        .filter(t -> t.indicatorId() == indicator.id())
                        .toList());
    }
}
