package vn.ntm.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.Permissions;
import vn.ntm.scope.Role;
import vn.ntm.text.CsvTable;
import vn.ntm.text.Messages;
import vn.ntm.text.SearchKey;

/**
 * Creates many users at once from CSV {@code ten_dang_nhap,vai_tro,ma_don_vi,mat_khau} (English headers
 * {@code username,role,unit_code,password}), e.g. one officer for each of thousands of communes. Every row is
 * checked first; with "all or nothing" one bad row writes no user. Empty passwords get temporary ones, returned
 * once in the report and to be changed at first login.
 */
@Service
public class UserBulkImport {

    static final List<String> COLUMNS = List.of("ten_dang_nhap", "vai_tro", "ma_don_vi", "mat_khau");
    static final List<String> COLUMNS_EN = List.of("username", "role", "unit_code", "password");

    public record Report(
            String outcome,
            String message,
            int rows,
            int created,
            List<ImportIssue> issues,
            List<UserAdministration.Created> users,
            long durationMs) {}

    private final UserAdministration administration;
    private final PasswordEncoder encoder;
    private final Messages messages;

    private final TransactionTemplate transactions;

    UserBulkImport(
            UserAdministration administration,
            PasswordEncoder encoder,
            Messages messages,
            PlatformTransactionManager transactionManager) {
        this.administration = administration;
        this.transactions = new TransactionTemplate(transactionManager);
        this.encoder = encoder;
        this.messages = messages;
    }

    /**
     * Checks every row outside any transaction (a refused row must not mark the write as rollback-only), then
     * writes the valid users in one transaction.
     */
    public Report importCsv(byte[] content, ImportMode mode) {
        // a user whose role may grant no role has nothing to import: refused as a whole, not row by row (the
        // system itself, importing from the command line, is no signed-in user)
        if (!Permissions.mayManageUsers(AccessScope.currentActor())) {
            throw new OutOfScopeException("error.forbidden");
        }
        long start = System.currentTimeMillis();
        List<CsvTable.Row> rows = CsvTable.parse(content, COLUMNS, COLUMNS_EN);
        List<ImportIssue> issues = new ArrayList<>();
        List<UserAdministration.NewUser> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows) {
            String username = row.get(0) == null ? "" : row.get(0);
            Integer first = seen.putIfAbsent(username.toLowerCase(Locale.ROOT), row.line());
            if (first != null) {
                issues.add(new ImportIssue(
                        row.line(),
                        ImportIssue.Severity.ERROR,
                        username,
                        row.get(2),
                        messages.get("import.issue.duplicateUsername", first)));
                continue;
            }
            try {
                valid.add(administration.checkNew(new UserForm(
                        username, parseRole(row.get(1)), null, row.get(2), null, null, true, row.get(3), null, null)));
            } catch (ProblemException e) {
                issues.add(new ImportIssue(
                        row.line(),
                        ImportIssue.Severity.ERROR,
                        username,
                        row.get(2),
                        messages.get(e.messageKey(), e.args())));
            }
        }
        long duration = System.currentTimeMillis() - start;
        if (!issues.isEmpty() && mode != ImportMode.VALID_ROWS) {
            return new Report(
                    "REJECTED",
                    messages.get("import.outcome.rejected", issues.size()),
                    rows.size(),
                    0,
                    issues,
                    List.of(),
                    duration);
        }
        // Hashing is deliberately slow; spread it over the cores.
        List<String> hashes =
                valid.parallelStream().map(u -> encoder.encode(u.password())).toList();
        List<UserAdministration.Created> created = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < valid.size(); i++) {
                created.add(administration.insert(valid.get(i), hashes.get(i), "CSV"));
            }
        });
        return new Report(
                "APPLIED",
                messages.get("import.outcome.usersCreated", created.size()),
                rows.size(),
                created.size(),
                issues,
                created,
                System.currentTimeMillis() - start);
    }

    private static Role parseRole(String text) {
        if (text == null) {
            return null;
        }
        String key = SearchKey.of(text).replace(' ', '_').toUpperCase(Locale.ROOT);
        for (Role r : Role.values()) {
            if (r.name().equals(key)) {
                return r;
            }
        }
        return switch (key) {
            case "QUAN_TRI" -> Role.ADMIN;
            case "CAN_BO_TINH" -> Role.PROVINCE_OFFICER;
            case "CAN_BO_SO_NGANH", "CAN_BO_CO_QUAN" -> Role.AGENCY_OFFICER;
            case "CAN_BO_XA" -> Role.COMMUNE_OFFICER;
            case "LANH_DAO_XA" -> Role.COMMUNE_LEADER;
            case "XEM" -> Role.VIEWER;
            default -> throw new BadInputException("vai_tro", "error.user.roleUnknown", text);
        };
    }
}
