package vn.ntm.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.ntm.text.Messages;

/**
 * Vietnamese first. {@code ?lang=en} or {@code ?lang=vi} switches and is remembered in a cookie; without a
 * cookie an API client asking {@code Accept-Language: en} gets English, everyone else Vietnamese.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ntm-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale locale = super.resolveLocale(request);
                return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.VIETNAMESE;
            }
        };
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            return asked != null && "en".equals(asked.getLanguage()) && request.getHeader("Accept-Language") != null
                    ? Locale.ENGLISH : Messages.VIETNAMESE;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
