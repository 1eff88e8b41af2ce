package io.pteroca.panel.web;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * How a request that cannot go on is answered, in the visitor's language and inside the site's layout: a refusal
 * with its own status and message, and two requests that changed the same record at once (a double click, two
 * tabs), where the later one gets 409 and nothing of it was written. An htmx request gets the message alone, to
 * show where it asked.
 */
@ControllerAdvice
class ErrorPages {

    private final LayoutModel layout;

    ErrorPages(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
        if (refusal instanceof RateLimitExceededException limited && limited.retryAfter() != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
        }
        return page(refusal.status(), refusal, request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView changedMeanwhile(HttpServletRequest request) {
        return page(HttpStatus.CONFLICT, Refusal.conflict("error.409"), request);
    }

    private ModelAndView page(HttpStatus status, Refusal refusal, HttpServletRequest request) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        ModelAndView page = new ModelAndView(htmx ? "fragments/refusal :: alert" : "error");
        page.addObject("status", status.value());
        page.addObject("refusal", refusal);
        page.addObject("layout", layout.layout());
        page.setStatus(status);
        return page;
    }
}
