package io.pteroca.panel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors the servlet container forwards to {@code /error} (a page that does not exist, a form without its CSRF token,
 * a failure nobody caught): browsers get the site's error page with its navigation, every other client a short
 * problem answer. Replaces Spring Boot's own error controller, whose JSON names the path.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorResponses implements ErrorController {

    /** The statuses with a sentence of their own; the rest say "could not be done" (4xx) or "went wrong" (5xx). */
    private static final Set<Integer> KNOWN = Set.of(400, 403, 404, 405, 409, 413, 429);

    private final MessageSource messages;

    ErrorResponses(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }

    @RequestMapping
    ResponseEntity<Map<String, Object>> problem(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        return ErrorAnswers.problem(status, messages.getMessage(messageKey(status), null, locale));
    }

    private static String messageKey(HttpStatus status) {
        if (KNOWN.contains(status.value())) {
            return "error." + status.value();
        }
        return status.is5xxServerError() ? "error.5xx" : "error.4xx";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
