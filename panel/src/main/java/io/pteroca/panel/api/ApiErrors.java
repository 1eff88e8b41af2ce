package io.pteroca.panel.api;

import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/**
 * How the API says no: always an RFC 9457 problem with the status, a sentence in the caller's language, a stable
 * {@code code} and the {@code field} at fault, never a stack trace or a class name.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refusal.class)
    ProblemDetail refused(Refusal refusal, HttpServletResponse response, Locale locale) {
        if (refusal instanceof RateLimitExceededException limited && limited.retryAfter() != null) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
        }
        return problems.problem(refusal.status(), refusal.messageKey(), refusal.args(), refusal.field(), locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException invalid, Locale locale) {
        var error = invalid.getBindingResult().getFieldError();
        String field = error == null ? null : error.getField();
        String key = error == null || error.getDefaultMessage() == null ? "api.invalid" : error.getDefaultMessage();
        return problems.problem(HttpStatus.BAD_REQUEST, key, null, field, locale);
    }

    /** Not JSON, the wrong type, or a value the field does not know (an unknown enum constant). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        String field = null;
        if (unreadable.getCause() instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream().map(reference -> reference.getPropertyName() != null
                    ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
        }
        return problems.problem(HttpStatus.BAD_REQUEST, field == null ? "api.unreadable" : "api.invalidValue", null, field, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException mismatch, Locale locale) {
        return problems.problem(HttpStatus.BAD_REQUEST, "api.invalidValue", null, mismatch.getName(), locale);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException missing, Locale locale) {
        return problems.problem(HttpStatus.BAD_REQUEST, "api.headerRequired", new Object[] {missing.getHeaderName()},
                missing.getHeaderName(), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException missing, Locale locale) {
        return problems.problem(HttpStatus.BAD_REQUEST, "api.invalidValue", null, missing.getParameterName(), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail notJson(Locale locale) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.jsonOnly", null, null, locale);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile(Locale locale) {
        return problems.problem(HttpStatus.CONFLICT, "error.409", null, null, locale);
    }

    @ExceptionHandler(org.springframework.web.ErrorResponseException.class)
    ProblemDetail statusOnly(org.springframework.web.ErrorResponseException answer, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(answer.getStatusCode().value());
        return problems.problem(status, status == HttpStatus.NOT_FOUND ? "api.notFound" : "error.4xx", null, null, locale);
    }

    /** Pterodactyl down, a bug: said in one sentence, the details go to the log only. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail failed(RuntimeException failure, Locale locale) {
        boolean upstream = failure.getClass().getName().startsWith("io.pteroca.panel.pterodactyl.");
        log.warn("API request failed", failure);
        return problems.problem(upstream ? HttpStatus.BAD_GATEWAY : HttpStatus.INTERNAL_SERVER_ERROR,
                upstream ? "api.upstreamFailed" : "error.5xx", null, null, locale);
    }
}
