package vn.ntm.install;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The kind of installation this database belongs to, recorded once (table {@code installation}, V10). */
@Service
public class Installation {

    private final JdbcClient jdbc;

    Installation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty until the first start has decided. */
    public Optional<InstallationKind> kind() {
        return jdbc.sql("select kind from installation")
                .query(String.class)
                .optional()
                .map(InstallationKind::valueOf);
    }

    /** Records {@code wanted} unless the database already has a kind; returns the kind it has now. */
    @Transactional
    public InstallationKind claim(InstallationKind wanted, String by) {
        jdbc.sql("insert into installation (kind, created_by) values (?, ?) on conflict (singleton) do nothing")
                .params(wanted.name(), by)
                .update();
        return kind().orElseThrow();
    }

    public boolean isDemo() {
        return kind().orElse(null) == InstallationKind.DEMO;
    }

    /** Refuses real work (the command line, a real import) on the demo's database, saying how to start for real. */
    public void requireReal() {
        if (isDemo()) {
            throw new DemoDatabaseException();
        }
    }
}
