package vn.ntm.install;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First thing at every start: a new database becomes what this start is (the demo when demo data is on, else a real
 * installation) and keeps it. The real application or a command never runs on the demo's database; the demo started
 * on a real database serves it without loading any sample data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InstallationStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InstallationStart.class);

    private final Installation installation;
    private final boolean demo;
    private final String command;

    InstallationStart(
            Installation installation,
            @Value("${ntm.demo.enabled:true}") boolean demo,
            @Value("${ntm.cli.command:}") String command) {
        this.installation = installation;
        this.demo = demo;
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments args) {
        InstallationKind wanted = demo ? InstallationKind.DEMO : InstallationKind.REAL;
        InstallationKind kind = installation.claim(wanted, command.isEmpty() ? (demo ? "demo" : "serve") : command);
        if (kind == wanted) {
            return;
        }
        if (kind == InstallationKind.DEMO) {
            throw new DemoInstallationException();
        }
        log.info("Cơ sở dữ liệu của bản cài đặt thật: không nạp dữ liệu mẫu / a real installation's database: "
                + "no demo data is loaded");
    }
}
