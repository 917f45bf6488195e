package vn.ntm.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
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

    /** Spring Boot's catch-all static handler: it stays (for {@code ?lang=} on 404 pages), but hashes nothing. */
    private static final String CATCH_ALL = "/**";

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
            if (request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                            instanceof ResourceUrlProvider provider
                    && isStatic(url, provider)) {
                String hashed = provider.getForRequestUrl(request, url);
                if (hashed != null) {
                    return super.encodeURL(hashed);
                }
            }
            return super.encodeURL(url);
        }

        /**
         * Whether the link is under a folder that {@code StaticFiles} serves: the folders are read from the
         * handlers it registered ({@code /css/**} and the others), so the list is written in one place.
         */
        private boolean isStatic(String url, ResourceUrlProvider provider) {
            String context = request.getContextPath();
            if (!url.startsWith(context)) {
                return false;
            }
            String path = url.substring(context.length());
            return provider.getHandlerMap().keySet().stream()
                    .filter(pattern -> !CATCH_ALL.equals(pattern) && pattern.endsWith("/**"))
                    .anyMatch(pattern -> path.startsWith(pattern.substring(0, pattern.length() - 2)));
        }
    }
}
