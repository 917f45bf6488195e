package vn.ntm.web;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.ntm.text.VietnameseDates;

/** Date parameters accept what users type ("30/4/2026") as well as ISO ("2026-04-30"). */
@Configuration(proxyBeanMethods = false)
class DateParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return VietnameseDates.parse(text)
                        .orElseThrow(() -> new IllegalArgumentException("not a date: " + text));
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return VietnameseDates.format(date);
            }
        });
    }
}
