package vn.ntm.access;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;
import vn.ntm.text.Messages;

/**
 * Form login for people, HTTP Basic for API clients, the same users and rules for both. CSRF protects every form;
 * requests that carry their own credentials (an {@code Authorization} header) are not exposed to CSRF and skip it.
 * Unauthenticated or refused API calls get problem+json, pages get the login page or the 403 page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Messages messages) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/admin/**").hasAnyRole("ADMIN", "PROVINCE_OFFICER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(response, HttpStatus.UNAUTHORIZED, "error.unauthenticated", messages,
                                request.getRequestURI())))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problem(response,
                                HttpStatus.UNAUTHORIZED, "error.unauthenticated", messages, request.getRequestURI()), API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !API.matches(request))
                        .defaultAccessDeniedHandlerFor((request, response, e) -> problem(response,
                                HttpStatus.FORBIDDEN, "error.forbidden", messages, request.getRequestURI()), API)
                        .accessDeniedPage("/error/403"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String code, Messages messages,
                                String path) throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.get(code));
        problem.setTitle(messages.get("error.title." + status.value()));
        problem.setType(URI.create("urn:ntm:problem:" + code));
        problem.setInstance(URI.create(path));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ntm\"");
        }
        response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
    }
}
