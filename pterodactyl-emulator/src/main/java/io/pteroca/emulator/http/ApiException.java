package io.pteroca.emulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An error answered in the panel's envelope: {"errors":[{code,status,detail,meta?}]}. */
public class ApiException extends RuntimeException {

    /** One entry of the errors array; source field and rule only for validation errors. */
    public record ErrorEntry(String code, int status, String detail, String sourceField, String rule) {
    }

    private final int status;
    private final List<ErrorEntry> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String code, String detail) {
        super(code + ": " + detail);
        this.status = status;
        this.errors = List.of(new ErrorEntry(code, status, detail, null, null));
    }

    private ApiException(int status, List<ErrorEntry> errors) {
        super(errors.isEmpty() ? "error" : errors.get(0).detail());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiException validation(List<ErrorEntry> entries) {
        return new ApiException(422, new ArrayList<>(entries));
    }

    public static ApiException validation(String field, String rule, String detail) {
        return validation(List.of(new ErrorEntry("ValidationException", 422, detail, field, rule)));
    }

    public static ApiException notFound() {
        return new ApiException(404, "NotFoundHttpException", "The requested resource could not be found on the server.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "AccessDeniedHttpException", detail);
    }

    public static ApiException display(String detail) {
        return new ApiException(400, "DisplayException", detail);
    }

    public static ApiException serverError(String code) {
        return new ApiException(500, code, "An unexpected error was encountered while processing this request, please try again.");
    }

    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public List<ErrorEntry> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
