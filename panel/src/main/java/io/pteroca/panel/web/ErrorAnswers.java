package io.pteroca.panel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who gets which error answer: a browser (it asks for HTML by name) the page inside the site's layout; any other
 * client (curl's {@code Accept: *}{@code /*}, scripts, API tools) a short RFC 9457 problem: status, title and the
 * message in the visitor's language, never a path, an exception or a stack trace.
 */
final class ErrorAnswers {

    private ErrorAnswers() {
    }

    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> !type.isWildcardType() && !type.isWildcardSubtype()
                    && MediaType.TEXT_HTML.isCompatibleWith(type) && type.getQualityValue() > 0);
        } catch (InvalidMediaTypeException garbled) {
            return false;
        }
    }

    /**
     * The problem's members as a map: Spring fills a {@code ProblemDetail}'s missing {@code instance} with the request
     * path, which this answer leaves out.
     */
    static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
