package vn.ntm.org;

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
import vn.ntm.audit.AuditEntry;
import vn.ntm.audit.AuditLog;
import vn.ntm.imports.ImportMode;
import vn.ntm.unit.UnitLevel;
import vn.ntm.web.ApiController;

/** Bodies and people of units: lists, creation, change, positions, audit trail, bulk CSV set-up. */
@ApiController("/api/v1")
@Tag(name = "Cơ quan và cán bộ / Bodies and people")
class OrgApi {

    private final BodyDirectory bodies;
    private final PeopleDirectory people;
    private final BodyBulkImport bulk;
    private final AuditLog audit;

    OrgApi(BodyDirectory bodies, PeopleDirectory people, BodyBulkImport bulk, AuditLog audit) {
        this.bodies = bodies;
        this.people = people;
        this.bulk = bulk;
        this.audit = audit;
    }

    /** The end of a position: the first day it no longer holds (default today) and the version loaded. */
    record PositionEnd(Integer version, LocalDate validTo, String reason) {}

    @GetMapping("/body-types")
    List<BodyType> types(@RequestParam(required = false) UnitLevel level) {
        return bodies.types(level);
    }

    @GetMapping("/bodies")
    List<BodyView> bodies(@RequestParam long unitId) {
        return bodies.list(unitId);
    }

    @GetMapping("/bodies/{id}")
    BodyView body(@PathVariable long id) {
        return bodies.get(id);
    }

    @PostMapping("/bodies")
    BodyView create(@RequestBody BodyForm form) {
        return bodies.create(form);
    }

    @PutMapping("/bodies/{id}")
    BodyView update(@PathVariable long id, @RequestBody BodyForm form) {
        return bodies.update(id, form);
    }

    @GetMapping("/bodies/{id}/audit")
    List<AuditEntry> bodyHistory(@PathVariable long id) {
        bodies.get(id);
        return audit.history(BodyDirectory.ENTITY, id);
    }

    @PostMapping(path = "/bodies/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    BodyBulkImport.Report importCsv(
            @RequestParam MultipartFile file, @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        return bulk.importCsv(file.getOriginalFilename(), file.getBytes(), mode, false);
    }

    @GetMapping("/people")
    List<PersonView> people(@RequestParam long unitId) {
        return people.list(unitId);
    }

    @GetMapping("/people/{id}")
    PersonView person(@PathVariable long id) {
        return people.get(id);
    }

    @PostMapping("/people")
    PersonView createPerson(@RequestBody PersonForm form) {
        return people.create(form);
    }

    @PostMapping("/people/{id}/positions")
    PositionView assign(@PathVariable long id, @RequestBody PositionForm form) {
        return people.assign(id, form);
    }

    @PostMapping("/positions/{id}/end")
    PositionView endPosition(@PathVariable long id, @RequestBody PositionEnd end) {
        return people.endPosition(id, end.version(), end.validTo(), end.reason());
    }
}
