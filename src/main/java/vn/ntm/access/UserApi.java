package vn.ntm.access;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.ntm.audit.AuditEntry;
import vn.ntm.imports.ImportMode;
import vn.ntm.web.ApiController;

/** Users: the caller's own account, the users in the caller's scope, creation, change, password reset, bulk CSV. */
@ApiController("/api/v1/users")
@Tag(name = "Người dùng / Users")
class UserApi {

    private final UserAdministration users;
    private final UserBulkImport bulk;

    UserApi(UserAdministration users, UserBulkImport bulk) {
        this.users = users;
        this.bulk = bulk;
    }

    record PasswordChange(String currentPassword, String newPassword) {}

    @GetMapping("/me")
    UserView me() {
        return users.me();
    }

    @PostMapping("/me/password")
    Map<String, String> changePassword(@RequestBody PasswordChange change) {
        users.changeOwnPassword(change.currentPassword(), change.newPassword());
        return Map.of("status", "ok");
    }

    @GetMapping
    List<UserView> list() {
        return users.list();
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable long id) {
        return users.get(id);
    }

    @GetMapping("/{id}/audit")
    List<AuditEntry> history(@PathVariable long id) {
        return users.history(id);
    }

    @PostMapping
    UserAdministration.Created create(@RequestBody UserForm form) {
        return users.create(form);
    }

    @PutMapping("/{id}")
    UserView update(@PathVariable long id, @RequestBody UserForm form) {
        return users.update(id, form);
    }

    @PostMapping("/{id}/password-reset")
    Map<String, String> reset(@PathVariable long id, @RequestParam(required = false) String reason) {
        return Map.of("temporaryPassword", users.resetPassword(id, reason));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UserBulkImport.Report importCsv(
            @RequestParam MultipartFile file, @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        return bulk.importCsv(file.getBytes(), mode);
    }
}
