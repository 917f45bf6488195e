package vn.ntm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One clock for every moment shown: Vietnam's, whatever the zone a moment was read in; one formatter for it. */
class OneClockTest {

    @Test
    void a_moment_is_written_in_vietnam_time_and_falls_on_vietnam_day() {
        OffsetDateTime lateUtc = OffsetDateTime.parse("2026-03-01T23:30:00Z");
        assertThat(VietnameseDates.format(lateUtc)).isEqualTo("02/03/2026 06:30");
        assertThat(VietnameseDates.format(lateUtc.toInstant())).isEqualTo("02/03/2026 06:30");
        assertThat(VietnameseDates.dayOf(lateUtc)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(VietnameseDates.inVietnam(lateUtc).toString()).isEqualTo("2026-03-02T06:30+07:00");
        assertThat(VietnameseDates.format(OffsetDateTime.parse("2026-03-02T06:30:00+07:00")))
                .as("the same moment, read with another offset")
                .isEqualTo("02/03/2026 06:30");
        assertThat(VietnameseDates.format(LocalDate.of(2026, 4, 5))).isEqualTo("05/04/2026");
        assertThat(VietnameseDates.format((Instant) null)).isEmpty();
    }

    @Test
    void message_arguments_that_are_moments_are_written_in_vietnam_time() {
        assertThat(Messages.format(OffsetDateTime.parse("2026-03-01T23:30:00Z"), Messages.VIETNAMESE))
                .isEqualTo("02/03/2026 06:30");
    }

    /** Templates show times only through {@code @time}: a template formatting a time itself would show UTC. */
    @Test
    void no_template_formats_a_time_itself() throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.contains("HH:mm")
                            || line.contains("#dates.")
                            || line.contains("#calendars.")
                            || line.matches(".*#temporals\\.format\\([^)]*(At|at|Time|time)\\b.*")) {
                        offending.add(file + ":" + (i + 1) + ": " + line.trim());
                    }
                }
            }
        }
        assertThat(offending).as("format times with ${@time.at(...)}").isEmpty();
    }
}
