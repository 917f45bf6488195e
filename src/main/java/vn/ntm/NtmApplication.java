package vn.ntm;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import vn.ntm.cli.CommandLine;
import vn.ntm.text.VietnameseDates;

/** Quản lý Chương trình xây dựng nông thôn mới (NTM) cho xã, tỉnh và trung ương. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NtmApplication {

    /** Dates of the programme are Vietnam's dates, whatever the server's zone. */
    public static final ZoneId VIETNAM = VietnameseDates.ZONE;

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }

    /** {@code ./ntm COMMAND ...} runs a command ({@code serve} is the real application); no command: the demo. */
    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            CommandLine.main(NtmApplication.class, args);
            return;
        }
        SpringApplication.run(NtmApplication.class, args);
    }
}
