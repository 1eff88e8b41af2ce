package io.pteroca.panel.web;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * How a request that cannot go on is answered, in the visitor's language and inside the site's layout: a refusal
 * with its own status and message, and two requests that changed the same record at once (a double click, two
 * tabs), where the later one gets 409 and nothing of it was written. An htmx request gets the message alone, to
 * show where it asked; a client that does not ask for HTML a short problem answer.
 */
@ControllerAdvice
class ErrorPages {

    private final LayoutModel layout;
    private final MessageSource messages;

    ErrorPages(LayoutModel layout, MessageSource messages) {
        this.layout = layout;
        this.messages = messages;
    }

    /** A page (ModelAndView) for browsers and htmx, a problem (ResponseEntity) for any other client. */
    @ExceptionHandler(Refusal.class)
    Object refused(Refusal refusal, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (refusal instanceof RateLimitExceededException limited && limited.retryAfter() != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
        }
        return answer(refusal.status(), refusal, request, locale);
    }

    /** A multipart body that ends early or breaks its own format: the sender's mistake, told without a stack trace. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    Object malformedMultipart(org.springframework.web.multipart.MultipartException problem, HttpServletRequest request,
                              Locale locale) {
        if (problem instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, new Refusal("error.413"), request, locale);
        }
        return answer(HttpStatus.BAD_REQUEST, new Refusal("error.400"), request, locale);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object changedMeanwhile(HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.CONFLICT, Refusal.conflict("error.409"), request, locale);
    }

    private Object answer(HttpStatus status, Refusal refusal, HttpServletRequest request, Locale locale) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        if (!htmx && !ErrorAnswers.wantsPage(request)) {
            return ErrorAnswers.problem(status, messages.getMessage(refusal.messageKey(), refusal.args(), locale));
        }
        ModelAndView page = new ModelAndView(htmx ? "fragments/refusal :: alert" : "error");
        page.addObject("status", status.value());
        page.addObject("refusal", refusal);
        page.addObject("layout", layout.layout());
        page.setStatus(status);
        return page;
    }
}
