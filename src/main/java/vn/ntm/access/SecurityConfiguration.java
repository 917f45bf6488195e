package vn.ntm.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.ntm.scope.Action;
import vn.ntm.scope.Permissions;
import vn.ntm.web.Problems;

/**
 * Form login for people, HTTP Basic for API clients, the same users and rules for both. CSRF protects every change
 * made with a session cookie; only an HTTP Basic request without a live session skips it
 * ({@link SelfAuthenticatingRequest}). Unauthenticated or refused API calls get problem+json, pages get the login
 * page or the 403 page. No inline script or style is allowed (CSP); behind a TLS proxy, HSTS is sent (only on
 * requests seen as secure: {@code server.forward-headers-strategy} reads {@code X-Forwarded-Proto}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
    /** One year: browsers keep to HTTPS for the host; not its subdomains, which other services may run. */
    private static final long HSTS_MAX_AGE = 31_536_000;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/error/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasAnyRole(Permissions.roleNames(Action.OPEN_ADMINISTRATION))
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(basic -> basic.authenticationDetailsSource(ApiSignInDetails.source())
                        .authenticationEntryPoint(
                                (request, response, e) -> unauthenticated(request, response, problems)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(new SelfAuthenticatingRequest()))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                (request, response, e) -> unauthenticated(request, response, problems), API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> !API.matches(request))
                        .defaultAccessDeniedHandlerFor(
                                (request, response, e) ->
                                        problems.write(request, response, HttpStatus.FORBIDDEN, "error.forbidden"),
                                API)
                        // not accessDeniedPage(): it would answer the API's refusals (a CSRF failure) with a page
                        .defaultAccessDeniedHandlerFor(forbiddenPage(), request -> !API.matches(request)))
                .headers(headers -> headers.contentSecurityPolicy(csp ->
                                csp.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(false))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.with(new StartingUp(), Customizer.withDefaults());
        http.with(new PasswordChangeRequired(), Customizer.withDefaults());
        return http.build();
    }

    private static AccessDeniedHandler forbiddenPage() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        page.setErrorPage("/error/403");
        return page;
    }

    /** 401 in the same problem shape and language as every other error (see {@link Problems}). */
    private static void unauthenticated(HttpServletRequest request, HttpServletResponse response, Problems problems)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ntm\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthenticated");
    }
}
