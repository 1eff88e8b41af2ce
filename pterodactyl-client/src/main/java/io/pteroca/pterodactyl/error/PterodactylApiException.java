package io.pteroca.pterodactyl.error;

import java.util.List;

/** The panel answered with an error status. The first error entry is the "primary" one. */
public class PterodactylApiException extends PterodactylException {

    private final int status;
    private final List<ApiError> errors;
    private final String endpoint;

    public PterodactylApiException(int status, List<ApiError> errors, String endpoint) {
        super(describe(status, errors, endpoint));
        this.status = status;
        this.errors = List.copyOf(errors);
        this.endpoint = endpoint;
    }

    private static String describe(int status, List<ApiError> errors, String endpoint) {
        StringBuilder text = new StringBuilder().append(endpoint).append(" -> HTTP ").append(status);
        if (!errors.isEmpty()) {
            ApiError first = errors.get(0);
            text.append(' ').append(first.code()).append(": ").append(first.detail());
            if (first.sourceField() != null) {
                text.append(" [field ").append(first.sourceField()).append(", rule ").append(first.rule()).append(']');
            }
            if (errors.size() > 1) {
                text.append(" (+").append(errors.size() - 1).append(" more)");
            }
        }
        return text.toString();
    }

    public int status() {
        return status;
    }

    public List<ApiError> errors() {
        return errors;
    }

    /** The endpoint template that failed, e.g. {@code POST /api/application/users}. */
    public String endpoint() {
        return endpoint;
    }

    public String code() {
        return errors.isEmpty() ? null : errors.get(0).code();
    }

    public String detail() {
        return errors.isEmpty() ? null : errors.get(0).detail();
    }

    public String sourceField() {
        return errors.isEmpty() ? null : errors.get(0).sourceField();
    }

    public String rule() {
        return errors.isEmpty() ? null : errors.get(0).rule();
    }
}
