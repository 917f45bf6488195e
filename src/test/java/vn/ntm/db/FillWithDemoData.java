package vn.ntm.db;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.ntm.NtmApplication;

/** A process for {@link BackupRestoreTest}: the demo without its web server on a data directory, then exits. */
final class FillWithDemoData {

    private FillWithDemoData() {}

    public static void main(String[] args) {
        new SpringApplicationBuilder(NtmApplication.class)
                .web(WebApplicationType.NONE)
                .run("--ntm.data-dir=" + args[0], "--ntm.demo.enabled=true")
                .close();
        System.exit(0);
    }
}
