package vn.ntm.org;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ntm.errors.BadInputException;
import vn.ntm.errors.OutOfScopeException;
import vn.ntm.errors.ProblemException;
import vn.ntm.imports.ImportIssue;
import vn.ntm.imports.ImportMode;
import vn.ntm.scope.CurrentScope;
import vn.ntm.text.CsvTable;
import vn.ntm.text.Messages;
import vn.ntm.text.SearchKey;

/**
 * Sets up the bodies of many units at once from CSV {@code ma_don_vi,loai_co_quan,ten,ho_ten,chuc_vu,email,ma_chuc_vu}
 * (English headers {@code unit_code,body_type,name,person_name,title,email,position_code}; files without the last
 * column, written before it existed, are read as before); a row may also name one person and their position in the
 * body, by free title, by the code of a position type (Bí thư, Chủ tịch...: the title then defaults to its name), or
 * both. Every row is checked before anything is written; with "all or nothing" one bad row writes nothing.
 * Importing the same file again reuses what exists, so it creates nothing new.
 */
@Service
public class BodyBulkImport {

    static final List<String> COLUMNS =
            List.of("ma_don_vi", "loai_co_quan", "ten", "ho_ten", "chuc_vu", "email", "ma_chuc_vu");
    static final List<String> COLUMNS_EN =
            List.of("unit_code", "body_type", "name", "person_name", "title", "email", "position_code");
    private static final int POSITION_CODE = 6;

    /** What an import did; {@code issues} name the rows not taken, with reasons in the caller's language. */
    public record Report(
            String fileName,
            String outcome,
            String message,
            int rows,
            int bodiesCreated,
            int peopleCreated,
            int positionsCreated,
            List<ImportIssue> issues,
            long durationMs) {}

    /** A row that passed every check. */
    private record Checked(
            BodyDirectory.NewBody body, PeopleDirectory.NewPerson person, String title, String positionCode) {}

    private final BodyDirectory bodies;
    private final PeopleDirectory people;
    private final Messages messages;
    private final TransactionTemplate transactions;
    private final CurrentScope scope;

    BodyBulkImport(
            BodyDirectory bodies,
            PeopleDirectory people,
            Messages messages,
            TransactionTemplate transactions,
            CurrentScope scope) {
        this.scope = scope;
        this.bodies = bodies;
        this.people = people;
        this.messages = messages;
        this.transactions = transactions;
    }

    /** Checks outside any transaction (a refused row must not doom it), then writes the good rows in one. */
    public Report importCsv(String fileName, byte[] content, ImportMode mode, boolean demo) {
        if (scope.get().readOnly()) { // a viewer changes nothing: the file is refused as a whole, not row by row
            throw new OutOfScopeException("error.forbidden");
        }
        long start = System.currentTimeMillis();
        List<CsvTable.Row> rows = CsvTable.parse(
                content, COLUMNS, COLUMNS_EN, COLUMNS.subList(0, POSITION_CODE), COLUMNS_EN.subList(0, POSITION_CODE));
        if (rows.isEmpty()) {
            throw new BadInputException("file", "error.import.empty");
        }
        List<ImportIssue> issues = new ArrayList<>();
        List<Checked> valid = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            try {
                valid.add(check(row));
            } catch (ProblemException e) {
                issues.add(new ImportIssue(
                        row.line(),
                        ImportIssue.Severity.ERROR,
                        row.get(0),
                        row.get(2),
                        messages.get(e.messageKey(), e.args())));
            }
        }
        if (!issues.isEmpty() && mode != ImportMode.VALID_ROWS) {
            return new Report(
                    fileName,
                    "REJECTED",
                    messages.get("org.import.rejected", issues.size()),
                    rows.size(),
                    0,
                    0,
                    0,
                    issues,
                    System.currentTimeMillis() - start);
        }
        int[] counts = transactions.execute(tx -> apply(valid, demo));
        long duration = System.currentTimeMillis() - start;
        if (counts[0] + counts[1] + counts[2] == 0) {
            return new Report(
                    fileName,
                    "UNCHANGED",
                    messages.get("org.import.unchanged", valid.size()),
                    rows.size(),
                    0,
                    0,
                    0,
                    issues,
                    duration);
        }
        return new Report(
                fileName,
                "APPLIED",
                messages.get("org.import.applied", counts[0], counts[1], counts[2]),
                rows.size(),
                counts[0],
                counts[1],
                counts[2],
                issues,
                duration);
    }

    private Checked check(CsvTable.Row row) {
        BodyDirectory.NewBody body =
                bodies.check(new BodyForm(null, row.get(0), row.get(1), row.get(2), null, null, null, null));
        String personName = row.get(3);
        String code = row.values().size() > POSITION_CODE ? row.get(POSITION_CODE) : null;
        if (personName == null) {
            if (row.get(4) != null || row.get(5) != null || code != null) {
                throw new BadInputException("ho_ten", "org.error.import.personMissing");
            }
            return new Checked(body, null, null, null);
        }
        PositionType type =
                people.positionType(code, body.type().code(), body.type().nameVi());
        String title = PeopleDirectory.titleOf(row.get(4), type);
        PeopleDirectory.NewPerson person =
                people.check(new PersonForm(body.unit().id(), null, personName, row.get(5), null, null));
        people.existing(body.unit().id(), person.fullName(), person.email()).ifPresent(other -> {
            if (other.unitId() != body.unit().id()
                    || !SearchKey.of(other.fullName()).equals(SearchKey.of(person.fullName()))) {
                throw new BadInputException("email", "org.error.person.emailTaken", person.email());
            }
        });
        return new Checked(body, person, title, type == null ? null : type.code());
    }

    /** Bodies, people and positions created; what already exists is reused. */
    private int[] apply(List<Checked> rows, boolean demo) {
        int[] counts = new int[3];
        for (Checked row : rows) {
            long unitId = row.body().unit().id();
            BodyStore.Body body = bodies.findByName(unitId, row.body().name()).orElse(null);
            if (body == null) {
                bodies.insert(row.body(), demo, "CSV");
                body = bodies.findByName(unitId, row.body().name()).orElseThrow();
                counts[0]++;
            }
            if (row.person() == null) {
                continue;
            }
            var found = people.existing(
                    unitId, row.person().fullName(), row.person().email());
            long personId;
            if (found.isPresent()) {
                personId = found.get().id();
            } else {
                personId = people.insert(row.person(), demo, "CSV");
                counts[1]++;
            }
            if (!people.holds(personId, body.id(), row.title())) {
                people.insertPosition(personId, body, row.title(), row.positionCode(), bodies.today(), null, "CSV");
                counts[2]++;
            }
        }
        return counts;
    }
}
