package vn.ntm.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.scope.Permissions;
import vn.ntm.web.ApiController;

/** Units by code and date, by id, by parent, by level, by name; lineage; attributes; imports. */
@ApiController("/api/v1/units")
@Tag(name = "Đơn vị hành chính / Administrative units")
class UnitApi {

    private final Units units;
    private final UnitAttributes attributes;
    private final UnitImports imports;
    private final CurrentScope scope;

    UnitApi(Units units, UnitAttributes attributes, UnitImports imports, CurrentScope scope) {
        this.scope = scope;
        this.units = units;
        this.attributes = attributes;
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "Đơn vị của một cấp tại một ngày (mặc định hôm nay) / units of a level on a date")
    List<UnitView> level(
            @RequestParam(defaultValue = "PROVINCE") UnitLevel level, @RequestParam(required = false) LocalDate date) {
        return units.level(level, date);
    }

    @GetMapping("/search")
    @Operation(summary = "Tìm theo tên, không phân biệt dấu / search by name ignoring diacritics")
    List<UnitView> search(
            @RequestParam String q,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) UnitLevel level,
            @RequestParam(defaultValue = "50") int limit) {
        return units.search(q, date, level, limit);
    }

    @GetMapping("/code/{code}")
    @Operation(summary = "Đơn vị mang mã này tại ngày (mặc định hôm nay) / the unit holding this code on a date")
    UnitView byCode(@PathVariable String code, @RequestParam(required = false) LocalDate date) {
        return units.byCode(code, date);
    }

    @GetMapping("/code/{code}/all")
    @Operation(summary = "Mọi đơn vị từng mang mã này / every unit that ever held this code")
    List<UnitView> allWithCode(@PathVariable String code) {
        return units.allWithCode(code);
    }

    @GetMapping("/{id}")
    UnitView byId(@PathVariable long id, @RequestParam(required = false) LocalDate date) {
        return date == null ? units.get(id) : units.getOn(id, date);
    }

    @GetMapping("/{id}/children")
    List<UnitView> children(@PathVariable long id, @RequestParam(required = false) LocalDate date) {
        return units.children(id, date);
    }

    @GetMapping("/{id}/ancestors")
    List<UnitView> ancestors(@PathVariable long id, @RequestParam(required = false) LocalDate date) {
        return units.ancestors(id, date);
    }

    @GetMapping("/{id}/history")
    List<UnitView> history(@PathVariable long id) {
        return units.history(id);
    }

    @GetMapping("/{id}/lineage")
    Lineage lineage(@PathVariable long id) {
        return units.lineage(id);
    }

    @GetMapping("/{id}/attributes")
    List<UnitAttributes.Attribute> attributes(@PathVariable long id) {
        return attributes.of(id);
    }

    @PostMapping("/{id}/attributes")
    UnitAttributes.Attribute addAttribute(@PathVariable long id, @RequestBody UnitAttributes.AttributeForm form) {
        return attributes.add(id, form);
    }

    @PutMapping("/attributes/{attributeId}")
    UnitAttributes.Attribute updateAttribute(
            @PathVariable long attributeId, @RequestBody UnitAttributes.AttributeForm form) {
        return attributes.update(attributeId, form);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập danh sách, bảng chuyển đổi hoặc thuộc tính / import a list, mapping or attributes")
    ImportReport importFile(
            @RequestParam UnitImports.Kind kind,
            @RequestParam MultipartFile file,
            @RequestParam(required = false) LocalDate effective,
            @RequestParam(required = false) String legalBasis,
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        if (!Permissions.mayImportUnits(
                scope.actor())) { // the role first, as on the import page: nothing else is told to others
            throw new OutOfScopeException("error.import.adminOnly");
        }
        if (file.isEmpty()) {
            throw new BadInputException("file", "error.import.empty");
        }
        return imports.importFile(
                kind, file.getOriginalFilename(), file.getBytes(), effective, legalBasis, mode, false);
    }
}
