package vn.ntm.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes a link to a style sheet, script or WebJar under its hashed name ({@code @{/css/app.css}} becomes {@code
 * /css/app-<md5>.css}), and leaves every other link as it is. Spring's {@code ResourceUrlEncodingFilter} asks the
 * resource chain about every link of a page: each page link ({@code @{/assessments/...}}) matched the catch-all
 * static handler and was looked for in every jar of the classpath, a miss that is never cached. That cost the
 * province view about two thirds of its time. It is a {@code ResourceUrlEncodingFilter} so that Spring Boot's Thymeleaf
 * configuration does not register Spring's own beside it.
 */
final class StaticLinks extends ResourceUrlEncodingFilter {

    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HashedNames(http, out));
    }

    private static final class HashedNames extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        HashedNames(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            if (isStatic(url)
                    && request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                            instanceof ResourceUrlProvider provider) {
                String hashed = provider.getForRequestUrl(request, url);
                if (hashed != null) {
                    return super.encodeURL(hashed);
                }
            }
            return super.encodeURL(url);
        }

        private boolean isStatic(String url) {
            String context = request.getContextPath();
            if (!url.startsWith(context)) {
                return false;
            }
            String path = url.substring(context.length());
            return STATIC.stream().anyMatch(path::startsWith);
        }
    }
}
