package io.pteroca.panel.web;

import io.pteroca.panel.shared.LargeUpload;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The servlet container accepts uploads as large as the largest a feature needs (a theme archive); this keeps every
 * other path at the usual limit, refusing a larger multipart request by its declared length before anything reads it
 * (the CSRF check would, to find its token).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadSizeLimit extends OncePerRequestFilter {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final List<LargeUpload> largeUploads;
    private final long usualLimit;

    UploadSizeLimit(List<LargeUpload> largeUploads,
                    @Value("${pteroca.uploads.max-request-size:3MB}") DataSize usualLimit) {
        this.largeUploads = largeUploads;
        this.usualLimit = usualLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > limit(PATHS.getPathWithinApplication(request))) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limit(String path) {
        return largeUploads.stream().filter(upload -> upload.path().equals(path)).mapToLong(LargeUpload::maxRequestBytes)
                .findFirst().orElse(usualLimit);
    }
}
