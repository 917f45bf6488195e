package vn.ntm.assessment.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.assessment.Results;
import vn.ntm.assessment.Standing;
import vn.ntm.assessment.ValueInput;
import vn.ntm.assessment.changes.ChangeApprovals;
import vn.ntm.assessment.changes.ChangeRequestState;
import vn.ntm.assessment.changes.ChangeRequests;
import vn.ntm.assessment.evidence.EvidenceFiles;
import vn.ntm.assessment.periods.EntryPeriods;
import vn.ntm.assessment.results.Lineages;
import vn.ntm.assessment.results.SetComparisons;
import vn.ntm.assessment.values.Assessments;
import vn.ntm.assessment.values.ValueStore;
import vn.ntm.audit.AuditEntry;
import vn.ntm.web.ApiController;

/**
 * Assessment values of a unit-year (read, write, submit), their review by the owning body (verify, return), the
 * judged standing, evidence files, entry periods and changes after closing.
 */
@ApiController("/api/v1")
@Tag(name = "Đánh giá tiêu chí / Assessments")
class AssessmentApi {

    private final Assessments assessments;
    private final Results results;
    private final EvidenceFiles evidence;
    private final EntryPeriods periods;
    private final ChangeRequests requests;
    private final ChangeApprovals approvals;
    private final Lineages lineages;
    private final SetComparisons comparisons;

    AssessmentApi(
            Assessments assessments,
            Results results,
            EvidenceFiles evidence,
            EntryPeriods periods,
            ChangeRequests requests,
            ChangeApprovals approvals,
            Lineages lineages,
            SetComparisons comparisons) {
        this.comparisons = comparisons;
        this.assessments = assessments;
        this.results = results;
        this.evidence = evidence;
        this.periods = periods;
        this.requests = requests;
        this.approvals = approvals;
        this.lineages = lineages;
    }

    /** A review step: the version the caller loaded and, for a return, the reason. */
    record Review(Integer version, String reason) {}

    record EntryPeriodForm(Boolean open, String reason) {}

    record Decision(String note) {}

    @GetMapping("/assessments/{unitId}/{set}/{year}")
    Standing standing(@PathVariable long unitId, @PathVariable String set, @PathVariable int year) {
        return results.standing(unitId, set, year);
    }

    @GetMapping("/assessments/{unitId}/{set}/{year}/values")
    List<ValueStore.ValueRow> values(@PathVariable long unitId, @PathVariable String set, @PathVariable int year) {
        return assessments.values(unitId, set, year);
    }

    @PutMapping("/assessments/{unitId}/{set}/{year}/values/{indicator}")
    Assessments.Saved write(
            @PathVariable long unitId,
            @PathVariable String set,
            @PathVariable int year,
            @PathVariable String indicator,
            @RequestBody ValueInput input) {
        return assessments.write(unitId, set, year, indicator, input);
    }

    @PostMapping("/assessments/{unitId}/{set}/{year}/submit")
    Map<String, Integer> submitAll(@PathVariable long unitId, @PathVariable String set, @PathVariable int year) {
        return Map.of("submitted", assessments.submitAll(unitId, set, year));
    }

    /** The unit's values of that set and year judged against another set, beside its own standing. */
    @GetMapping("/assessments/{unitId}/{set}/{year}/review")
    SetComparisons.Review review(
            @PathVariable long unitId, @PathVariable String set, @PathVariable int year, @RequestParam String against) {
        return comparisons.review(unitId, set, year, against);
    }

    /** A merged commune's predecessors and their last results, side by side. */
    @GetMapping("/assessments/{unitId}/{set}/predecessors")
    List<Lineages.PredecessorResult> predecessors(@PathVariable long unitId, @PathVariable String set) {
        return lineages.predecessorResults(unitId, set);
    }

    @PostMapping("/assessment-values/{id}/submit")
    ValueStore.ValueRow submit(@PathVariable long id, @RequestBody Review review) {
        return assessments.submit(id, review.version());
    }

    @PostMapping("/assessment-values/{id}/verify")
    ValueStore.ValueRow verify(@PathVariable long id, @RequestBody Review review) {
        return assessments.verify(id, review.version());
    }

    @PostMapping("/assessment-values/{id}/return")
    ValueStore.ValueRow returnForRevision(@PathVariable long id, @RequestBody Review review) {
        return assessments.returnForRevision(id, review.version(), review.reason());
    }

    @GetMapping("/assessment-values/{id}/audit")
    List<AuditEntry> audit(@PathVariable long id) {
        return assessments.auditTrail(id);
    }

    @GetMapping("/assessment-values/{id}/evidence")
    List<EvidenceFiles.Evidence> evidence(@PathVariable long id) {
        return evidence.list(id);
    }

    @PostMapping(value = "/assessment-values/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EvidenceFiles.Evidence upload(@PathVariable long id, @RequestParam MultipartFile file) throws IOException {
        return evidence.upload(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        EvidenceFiles.Download file = evidence.download(id);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @PutMapping("/entry-periods/{set}/{provinceUnitId}/{year}")
    Map<String, Boolean> entryPeriod(
            @PathVariable String set,
            @PathVariable long provinceUnitId,
            @PathVariable int year,
            @RequestBody EntryPeriodForm form) {
        return Map.of(
                "open", periods.setOpen(set, provinceUnitId, year, !Boolean.FALSE.equals(form.open()), form.reason()));
    }

    @GetMapping("/change-requests")
    List<ChangeRequests.Request> changeRequests(@RequestParam long unitId) {
        return requests.pending(unitId);
    }

    @PostMapping("/change-requests/{id}/approve")
    ValueStore.ValueRow approve(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        return approvals.approve(id, decision == null ? null : decision.note());
    }

    @PostMapping("/change-requests/{id}/reject")
    Map<String, String> reject(@PathVariable long id, @RequestBody(required = false) Decision decision) {
        approvals.reject(id, decision == null ? null : decision.note());
        return Map.of("state", ChangeRequestState.REJECTED.name());
    }
}
