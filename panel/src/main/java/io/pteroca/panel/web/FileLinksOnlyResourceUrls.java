package io.pteroca.panel.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's resource chain (on because the webjars locator is on the classpath) sends every link a template writes
 * through {@link ResourceUrlEncodingFilter}, which looks it up as a classpath resource: {@code /servers/123} as
 * {@code static/servers/123} and the like in four folders, in the jar, under locks the whole panel shares, and a miss
 * is never cached. A page with a hundred links made hundreds of jar lookups; under load most of the panel's time went
 * there. Only a link to a file (a last path segment with a dot: {@code .css}, {@code .js}, {@code .svg}) can be a
 * resource to version, so only those go through it; Boot's filter of the same kind steps back for this one.
 */
@Configuration(proxyBeanMethods = false)
class FileLinksOnlyResourceUrls {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new FileLinksOnly());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Whether a link names a file: its last path segment (before any query or fragment) has a dot. */
    static boolean namesFile(String url) {
        int end = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        int lastSlash = url.lastIndexOf('/', end - 1);
        int dot = url.indexOf('.', lastSlash + 1);
        return dot >= 0 && dot < end;
    }

    private static final class FileLinksOnly extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // Spring's wrapper resolves resource links; this one, inside it, hands it only the links to files.
            super.doFilter(request, response, (req, res) -> chain.doFilter(req, new Links((HttpServletResponse) res)));
        }
    }

    private static final class Links extends HttpServletResponseWrapper {

        Links(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String encodeURL(String url) {
            return namesFile(url) ? super.encodeURL(url) : url;
        }
    }
}
