package vn.ntm.install;

import vn.ntm.errors.ConflictException;

/** Real data was about to go into the demo's database. */
public class DemoDatabaseException extends ConflictException {

    public DemoDatabaseException() {
        super("file", "error.import.demoDatabase");
    }
}
