package vn.ntm.exchange;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where uploaded files wait between preview and apply (a folder of the system's temporary directory by default),
 * how long they wait, how many changes and errors a preview page lists (the full report is a download), and how
 * many sheet rows are checked at a time (bounds the memory of a large upload).
 */
@ConfigurationProperties("ntm.exchange")
record ExchangeProperties(
        Path directory,
        @DefaultValue("24h") Duration keep,
        @DefaultValue("200") int shown,
        @DefaultValue("1000") int chunkRows) {

    Path folder() {
        return directory != null ? directory : Path.of(System.getProperty("java.io.tmpdir"), "ntm-exchange");
    }
}
