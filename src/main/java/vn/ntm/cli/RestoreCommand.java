package vn.ntm.cli;

import java.nio.file.Path;
import vn.ntm.db.CommandDatabase;
import vn.ntm.db.DatabaseRestore;

/** {@code ./ntm restore --from=FILE}: a backup into an empty data directory or database. */
final class RestoreCommand implements StandaloneCommand {

    @Override
    public int run(Invocation invocation, Console console) throws Exception {
        Path from = Path.of(invocation.option("from").orElseThrow()).toAbsolutePath();
        CommandDatabase database = CommandDatabase.fromEnvironment();
        DatabaseRestore.Summary done = DatabaseRestore.restore(database, from);
        console.line("db.restore.done", from, done.tables(), done.rows(), done.schemaVersion(), database.description());
        if (!done.schemaVersion().equals(done.latestVersion())) {
            console.line("db.restore.migrateNext", done.latestVersion());
        }
        return ExitCode.OK;
    }
}
