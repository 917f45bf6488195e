package vn.ntm.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import vn.ntm.text.Messages;
import vn.ntm.web.Problems;

/**
 * The web server answers before the start-up work is done (catalog, demo data, first administrator): until the
 * application is ready, sign-in and every page say "the system is starting" (503 with {@code Retry-After}) instead
 * of refusing a good password. Health probes and static files still answer. Added to the security chain with
 * {@code http.with(new StartingUp())}.
 */
class StartingUp extends AbstractHttpConfigurer<StartingUp, HttpSecurity> {

    static final String CODE = "error.starting";
    private static final List<String> ALWAYS_OPEN =
            List.of("/actuator/", "/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

    @Override
    public void configure(HttpSecurity http) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        http.addFilterBefore(
                new Gate(
                        context.getBeanProvider(ApplicationAvailability.class).getIfAvailable(),
                        context.getBean(Messages.class),
                        context.getBeanProvider(LocaleResolver.class).getIfAvailable(),
                        context.getBean(Problems.class)),
                CsrfFilter.class);
    }

    static final class Gate extends OncePerRequestFilter {

        private final ApplicationAvailability availability;
        private final Messages messages;
        private final LocaleResolver locales;
        private final Problems problems;
        private volatile boolean ready;

        Gate(ApplicationAvailability availability, Messages messages, LocaleResolver locales, Problems problems) {
            this.availability = availability;
            this.messages = messages;
            this.locales = locales;
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = GateResponses.path(request);
            if (ready() || ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Retry-After", "5");
            if (GateResponses.isApi(request) || !wantsPage(request)) {
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, CODE);
                return;
            }
            Locale locale = GateResponses.locale(request, locales);
            String detail = messages.get(locale, CODE);
            String title = messages.get(locale, "starting.title");
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(page(locale, title, detail, request.getContextPath()));
        }

        /** Once ready, stays ready: a later refusal of traffic (shutting down) is not a start. */
        private boolean ready() {
            if (!ready
                    && (availability == null || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC)) {
                ready = true;
            }
            return ready;
        }

        private static boolean wantsPage(HttpServletRequest request) {
            String accept = request.getHeader("Accept");
            return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                    || "POST".equals(request.getMethod()) && "/login".equals(GateResponses.path(request));
        }

        /** Only the characters HTML needs escaped: Vietnamese letters stay as they are (UTF-8). */
        private static String escape(String text) {
            return HtmlUtils.htmlEscape(text, "UTF-8");
        }

        private String page(Locale locale, String title, String detail, String contextPath) {
            return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<meta http-equiv=\"refresh\" content=\"5\">"
                    + "<title>" + escape(title) + " - " + escape(messages.get(locale, "app.name")) + "</title>"
                    + "<link rel=\"stylesheet\" href=\"" + contextPath + "/css/app.css\"></head>"
                    + "<body><main id=\"main\"><h1>" + escape(title) + "</h1><p role=\"status\">"
                    + escape(detail) + "</p></main></body></html>";
        }
    }
}
