package vn.ntm.db;

import java.util.Arrays;

/**
 * A backup or restore that cannot be done as asked (a corrupt file, a newer schema, a database that is not empty,
 * a file that already exists); nothing was written. The text is {@code key} of the bundle {@code i18n/database}.
 */
public class BackupRefusedException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    BackupRefusedException(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args;
    }

    BackupRefusedException(Throwable cause, String key, Object... args) {
        this(key, args);
        initCause(cause);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
