package vn.ntm.cli;

import java.nio.file.Path;
import java.sql.Connection;
import vn.ntm.db.CommandDatabase;
import vn.ntm.db.DatabaseBackup;

/** {@code ./ntm backup --to=FILE}: the whole database as of one moment, in one checked zip file. */
final class BackupCommand implements StandaloneCommand {

    @Override
    public int run(Invocation invocation, Console console) throws Exception {
        Path to = Path.of(invocation.option("to").orElseThrow()).toAbsolutePath();
        CommandDatabase database = CommandDatabase.fromEnvironment();
        try (Connection connection = database.open()) {
            DatabaseBackup.Summary done = DatabaseBackup.write(connection, to);
            console.line(
                    "db.backup.done",
                    done.file(),
                    done.tables(),
                    done.rows(),
                    done.schemaVersion(),
                    done.bytes() / 1_048_576.0);
        }
        return ExitCode.OK;
    }
}
