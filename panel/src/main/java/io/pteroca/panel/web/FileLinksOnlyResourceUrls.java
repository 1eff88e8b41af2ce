package io.pteroca.panel.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
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
 *
 * <p>A link to a file that the chain leaves as it is ({@code /css/theme.css} is a controller's, not a file in the jar) is
 * such a miss too, on every page: under load with 50,000 servers a quarter of the panel's time went to searching the
 * class path for it. The answer cannot change while the panel runs (the resource folders are in the jar), so such links
 * are remembered and passed by.
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

        private final UnchangedLinks unchanged = new UnchangedLinks();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // Spring's wrapper resolves resource links; this one, inside it, hands it only the links to files.
            super.doFilter(request, response, (req, res) -> chain.doFilter(req, new Links((HttpServletResponse) res, unchanged)));
        }
    }

    private static final class Links extends HttpServletResponseWrapper {

        private final UnchangedLinks unchanged;

        Links(HttpServletResponse response, UnchangedLinks unchanged) {
            super(response);
            this.unchanged = unchanged;
        }

        @Override
        public String encodeURL(String url) {
            if (!namesFile(url)) {
                return url;
            }
            // Inside Spring's wrapper: what it answers for a link it finds no resource for.
            HttpServletResponse plain = (HttpServletResponse) ((HttpServletResponseWrapper) getResponse()).getResponse();
            return unchanged.encode(url, super::encodeURL, plain::encodeURL);
        }
    }

    /** The links to files that the resource chain left as they were, so it is not asked about them again. */
    static final class UnchangedLinks {

        /** Links can carry ids (an uploaded image's): past this many, the rest are simply looked up each time. */
        static final int REMEMBERED = 2_000;

        private final Set<String> links = ConcurrentHashMap.newKeySet();

        String encode(String url, UnaryOperator<String> throughChain, UnaryOperator<String> plain) {
            if (links.contains(url)) {
                return plain.apply(url);
            }
            String encoded = throughChain.apply(url);
            if (links.size() < REMEMBERED && encoded.equals(plain.apply(url))) {
                links.add(url);
            }
            return encoded;
        }
    }
}
