package vn.ntm;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Quản lý Chương trình xây dựng nông thôn mới (NTM) cho xã, tỉnh và trung ương. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NtmApplication {

    /** Dates of the programme are Vietnam's dates, whatever the server's zone. */
    public static final ZoneId VIETNAM = vn.ntm.text.VietnameseDates.ZONE;

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }

    /** {@code ./ntm COMMAND ...} runs a command ({@code serve} is the real application); no command: the demo. */
    public static void main(String[] args) {
        if (vn.ntm.cli.CommandLine.isCommand(args)) {
            vn.ntm.cli.CommandLine.main(NtmApplication.class, args);
            return;
        }
        SpringApplication.run(NtmApplication.class, args);
    }
}
