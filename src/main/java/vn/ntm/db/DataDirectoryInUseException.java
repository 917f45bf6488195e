package vn.ntm.db;

import java.nio.file.Path;
import java.util.Locale;
import vn.ntm.text.BundleText;

/**
 * Another process (the application, or a command) holds the lock of the embedded data directory: its PostgreSQL
 * is in use and must not be touched. The command line answers with exit code 3.
 */
public class DataDirectoryInUseException extends IllegalStateException {

    private final transient Path dataDir;
    private final Long pid;

    DataDirectoryInUseException(Path dataDir, Long pid) {
        super(text(Locale.ENGLISH, dataDir, pid));
        this.dataDir = dataDir;
        this.pid = pid;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The process holding the lock, when it wrote its number. */
    public Long pid() {
        return pid;
    }

    /** What to tell the operator, in {@code locale}. */
    public String describe(Locale locale) {
        return text(locale, dataDir, pid);
    }

    private static String text(Locale locale, Path dataDir, Long pid) {
        return BundleText.get(
                locale,
                pid == null ? "install.dataDirInUse" : "install.dataDirInUse.pid",
                dataDir.toAbsolutePath().normalize(),
                pid == null ? "" : pid.toString());
    }
}
