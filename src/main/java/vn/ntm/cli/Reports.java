package vn.ntm.cli;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.ntm.imports.ImportIssue;
import vn.ntm.text.BundleText;
import vn.ntm.text.Messages;
import vn.ntm.unit.ImportReport;

/**
 * Prints import reports as an operator reads them: one line per file with the outcome in words and the
 * report's own sentence (its counts in words), the rules a mapping applied with their rows, then one line per row not taken as it was (row number, code, name, reason).
 */
@Component
@ConditionalOnProperty("ntm.cli.command")
class Reports {

    private final Messages messages;

    Reports(Messages messages) {
        this.messages = messages;
    }

    void print(ImportReport r, Console console) {
        console.line(
                "cli.report.file",
                r.fileName(),
                outcome(r.outcome().name(), console),
                r.message(),
                messages.get(console.locale(), "cli.report.ms", r.durationMs()));
        for (ImportReport.RuleCount rule : r.rules()) {
            console.line("cli.report.rule", rule.label(), rule.rows()); // 10.352 in Vietnamese
        }
        issues(r.issues(), console);
    }

    void print(
            String fileName,
            String outcome,
            String message,
            long durationMs,
            List<ImportIssue> issues,
            Console console) {
        console.line(
                "cli.report.file",
                fileName,
                outcome(outcome, console),
                message,
                messages.get(console.locale(), "cli.report.ms", durationMs));
        issues(issues, console);
    }

    private static void issues(List<ImportIssue> issues, Console console) {
        for (ImportIssue i : issues) {
            console.line(
                    "cli.report.issue",
                    String.valueOf(i.row()),
                    severity(i.severity(), console),
                    i.code() == null ? "" : i.code(),
                    i.name() == null ? "" : i.name(),
                    i.reason());
        }
    }

    private static String outcome(String outcome, Console console) {
        return BundleText.get(console.locale(), "cli.outcome." + outcome);
    }

    private static String severity(ImportIssue.Severity severity, Console console) {
        return BundleText.get(console.locale(), "cli.severity." + severity.name());
    }
}
