package vn.ntm.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Light on a rural line: style sheets, scripts and the htmx WebJar are served under names that carry a hash of
 * their content ({@code /css/app-<md5>.css}), so a browser keeps them for a year and never asks again; a new release
 * has new names. Templates keep writing {@code @{/css/app.css}}: {@link StaticLinks} writes the hashed name. The
 * plain name still answers, but only with revalidation ({@code no-cache}), so whatever names it is never stale. Pages themselves keep Spring Security's {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // not in ./ntm commands
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's defaults, which then leave /webjars/** to us
class StaticFiles implements WebMvcConfigurer {

    static final String HASHED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();

    private final WebProperties.Resources resources;

    StaticFiles(WebProperties web) {
        this.resources = web.getResources();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "/css/**", in(resources.getStaticLocations(), "css/"));
        serve(registry, "/js/**", in(resources.getStaticLocations(), "js/"));
        serve(registry, "/webjars/**", new String[] {"classpath:/META-INF/resources/webjars/"});
    }

    private void serve(ResourceHandlerRegistry registry, String pattern, String[] locations) {
        registry.addResourceHandler(pattern)
                .addResourceLocations(locations)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(resources.getChain().isCache())
                .addResolver(new HashedNameKeptForAYear())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    private static String[] in(String[] locations, String folder) {
        return Arrays.stream(locations)
                .map(l -> (l.endsWith("/") ? l : l + "/") + folder)
                .toArray(String[]::new);
    }

    /** Hashed names in every page, error pages included. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new StaticLinks());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR);
        return registration;
    }

    /**
     * A file found under a hashed name (the name asked for is not the file's own) is sent with year-long caching;
     * the header travels with the resource, so anything else (a plain name, a 404) keeps the handler's
     * {@code no-cache}.
     */
    static final class HashedNameKeptForAYear implements ResourceResolver {

        @Override
        public Resource resolveResource(
                HttpServletRequest request,
                String requestPath,
                List<? extends Resource> locations,
                ResourceResolverChain chain) {
            Resource resource = chain.resolveResource(request, requestPath, locations);
            if (resource == null || resource.getFilename() == null || requestPath.endsWith(resource.getFilename())) {
                return resource;
            }
            return new KeptForAYear(resource);
        }

        @Override
        public String resolveUrlPath(
                String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
            return chain.resolveUrlPath(resourcePath, locations);
        }
    }

    /** The hashed file with its headers (the version as ETag) and the caching that a hash allows. */
    private static final class KeptForAYear extends AbstractResource implements HttpResource {

        private final Resource resource;

        KeptForAYear(Resource resource) {
            this.resource = resource;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders headers = new HttpHeaders();
            if (resource instanceof HttpResource http) {
                headers.putAll(http.getResponseHeaders());
            }
            headers.setCacheControl(HASHED);
            return headers;
        }

        /** Distinct from the plain file's, so the chain's caches never mix the two. */
        @Override
        public String getDescription() {
            return "hashed " + resource.getDescription();
        }

        @Override
        public boolean exists() {
            return resource.exists();
        }

        @Override
        public URL getURL() throws IOException {
            return resource.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return resource.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return resource.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return resource.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return resource.lastModified();
        }

        @Override
        public Resource createRelative(String relativePath) throws IOException {
            return resource.createRelative(relativePath);
        }

        @Override
        public String getFilename() {
            return resource.getFilename();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return resource.getInputStream();
        }
    }
}
