package vn.ntm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ntm.NtmApplication;

/**
 * What {@code ./ntm} answers before it starts anything: help of every command in Vietnamese and English, and
 * usage errors (exit 64) that name the mistake in both languages. The commands that start the application are run
 * as processes from the packaged jar by {@code RealInstallationIT}.
 */
class CommandLineUsageTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(
                NtmApplication.class,
                List.of(args),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void every_command_has_help_in_vietnamese_then_english_with_the_exit_codes() {
        Run main = run("help");
        assertThat(main.code()).isZero();
        assertThat(main.out())
                .contains(
                        "Dùng: ./ntm LỆNH",
                        "Usage: ./ntm COMMAND",
                        "admin create",
                        "users import",
                        "bodies import",
                        "backup",
                        "restore",
                        "db setup",
                        "SPRING_FLYWAY_USER",
                        "NTM_DATA_DIR",
                        "Mã thoát: 0",
                        "Exit codes: 0",
                        "64");
        assertThat(main.out().indexOf("Dùng:")).isLessThan(main.out().indexOf("Usage:"));
        for (String[] command : List.of(
                new String[] {"serve"},
                new String[] {"admin", "create"},
                new String[] {"import"},
                new String[] {"users", "import"},
                new String[] {"bodies", "import"},
                new String[] {"backup"},
                new String[] {"restore"},
                new String[] {"db", "setup"})) {
            String[] withHelp =
                    Stream.concat(Arrays.stream(command), Stream.of("--help")).toArray(String[]::new);
            Run help = run(withHelp);
            assertThat(help.code()).as(String.join(" ", command)).isZero();
            assertThat(help.out())
                    .as(String.join(" ", command))
                    .contains("./ntm " + String.join(" ", command), "Mã thoát", "Exit codes")
                    .doesNotContain("cli.help");
            assertThat(help.err()).isEmpty();
        }
        assertThat(run("import", "--help").out())
                .contains("--basis=CĂN_CỨ", "--basis=TEXT", "dd/MM/yyyy", "VALID_ROWS");
        assertThat(run("help", "users", "import").out()).contains("ten_dang_nhap,vai_tro,ma_don_vi,mat_khau");
        assertThat(run("db", "setup", "--help").out())
                .contains(
                        "--admin-user=TÊN",
                        "--admin-user=NAME",
                        "SPRING_FLYWAY_USER",
                        "--env-file",
                        "--reset-passwords");
    }

    @Test
    void help_in_one_language_when_asked() {
        Run english = run("admin", "create", "--help", "--lang=en");
        assertThat(english.out()).contains("one-time password").doesNotContain("mật khẩu dùng một lần");
        Run vietnamese = run("admin", "create", "--help", "--lang=vi");
        assertThat(vietnamese.out()).contains("mật khẩu dùng một lần").doesNotContain("one-time password");
    }

    @Test
    void usage_errors_exit_64_and_say_what_is_wrong_in_vietnamese_and_english() {
        assertUsage(run(), "LỖI: Thiếu lệnh.", "ERROR: No command given.");
        assertUsage(run("export"), "Không có lệnh \"export\"", "There is no command \"export\"");
        assertUsage(
                run("users"),
                "Lệnh \"users\" cần một lệnh con: users import",
                "Command \"users\" needs a subcommand: users import");
        assertUsage(run("admin", "create"), "Lệnh admin create cần tùy chọn --username", "needs option --username");
        assertUsage(run("import", "--file"), "Tùy chọn --file của lệnh import cần giá trị", "needs a value");
        assertUsage(
                run("import", "--file=a.csv", "--kind=DANH_SACH"),
                "Giá trị \"DANH_SACH\" của --kind không có",
                "choose LIST|MAPPING|ATTRIBUTES");
        assertUsage(
                run("import", "--kind=LIST"),
                "đúng một trong hai: --manifest=TỆP hoặc --file=TỆP",
                "exactly one of --manifest=FILE or --file=FILE");
        assertUsage(
                run("import", "--manifest=m.json", "--effective=1/7/2025"),
                "không dùng kèm --kind",
                "do not add --kind");
        assertUsage(run("users", "import", "--file=u.csv", "--mode=SOME"), "--mode", "ALL_OR_NOTHING|VALID_ROWS");
        assertUsage(
                run("bodies", "import", "--file=b.csv", "--force"),
                "Lệnh bodies import không có tùy chọn --force",
                "Command bodies import has no option --force");
        assertUsage(
                run("admin", "create", "--username=a", "--password-stdin=x"), "không nhận giá trị", "takes no value");
        assertUsage(run("import", "--file=a.csv", "--file=b.csv"), "được cho hai lần", "given twice");
        assertUsage(run("import", "a.csv"), "Không hiểu \"a.csv\"", "options are written --name=value");
        assertUsage(run("backup"), "Lệnh backup cần tùy chọn --to=FILE", "needs option --to");
        assertUsage(run("restore", "--to=x.zip"), "Lệnh restore không có tùy chọn --to", "has no option --to");
        assertUsage(run("backup", "a.zip", "b.zip"), "--to được cho hai lần", "given twice");
        assertUsage(run("db"), "Lệnh \"db\" cần một lệnh con: db setup", "needs a subcommand: db setup");
        assertUsage(run("db", "setup"), "Lệnh db setup cần tùy chọn --url", "needs option --url");
    }

    @Test
    void a_value_with_spaces_is_taken_whole_as_one_argument() {
        ArgumentParser.Parsed parsed = ArgumentParser.parse(List.of(
                "import", "--kind=LIST", "--file", "ds.csv", "--effective=1/7/2025", "--basis=NQ 202/2025/QH15"));
        assertThat(parsed.invocation().options())
                .containsEntry("basis", "NQ 202/2025/QH15")
                .containsEntry("file", "ds.csv")
                .containsEntry("effective", "1/7/2025");
    }

    @Test
    void a_missing_file_is_refused_with_exit_2_before_anything_starts() {
        Run missing = run("users", "import", "--file=/nonexistent/nguoi-dung.csv");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err())
                .contains(
                        "LỖI: Không đọc được tệp /nonexistent/nguoi-dung.csv",
                        "ERROR: Cannot read file /nonexistent/nguoi-dung.csv");
    }

    @Test
    void a_missing_backup_or_a_wrong_set_up_is_refused_with_exit_2_before_anything_starts() {
        Run missing = run("restore", "--from=/nonexistent/sao-luu.zip");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err())
                .contains(
                        "LỖI: Không đọc được tệp /nonexistent/sao-luu.zip",
                        "ERROR: Cannot read file /nonexistent/sao-luu.zip");
        Run nowhere = run("backup", "--to=/nonexistent/sao-luu.zip");
        assertThat(nowhere.code()).as(nowhere.err()).isEqualTo(2);
        assertThat(nowhere.err()).contains("LỖI: Không ghi được vào thư mục /nonexistent", "ERROR: Cannot write");
        Run badUrl = run("db", "setup", "--url=postgres://localhost/ntm");
        assertThat(badUrl.code()).isEqualTo(2);
        assertThat(badUrl.err())
                .contains("URL \"postgres://localhost/ntm\" không hợp lệ", "jdbc:postgresql://127.0.0.1:5432/ntm");
        Run badName = run("db", "setup", "--url=jdbc:postgresql://127.0.0.1:5432/ntm", "--app-user=Ứng-dụng");
        assertThat(badName.code()).isEqualTo(2);
        assertThat(badName.err()).contains("Tên \"Ứng-dụng\" không dùng được", "Name \"Ứng-dụng\" cannot be used");
        Run same = run("db", "setup", "--url=jdbc:postgresql://127.0.0.1:5432/ntm", "--owner=ntm", "--app-user=ntm");
        assertThat(same.code()).isEqualTo(2);
        assertThat(same.err()).contains("ba vai trò khác nhau", "three different roles");
    }

    @Test
    void password_stdin_with_nothing_on_standard_input_is_refused() {
        Run empty = run("admin", "create", "--username=quantri", "--password-stdin");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("--password-stdin", "printf '%s\\n'");
    }

    private static void assertUsage(Run run, String vietnamese, String english) {
        assertThat(run.code()).as(run.err()).isEqualTo(64);
        assertThat(run.err()).contains(vietnamese, english, "./ntm help").doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }
}
