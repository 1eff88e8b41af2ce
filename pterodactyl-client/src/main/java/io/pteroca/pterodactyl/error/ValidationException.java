package io.pteroca.pterodactyl.error;

import java.util.List;
import java.util.Optional;

/** HTTP 422: one {@link ApiError} per failed rule and field. */
public class ValidationException extends PterodactylApiException {

    public ValidationException(int status, List<ApiError> errors, String endpoint) {
        super(status, errors, endpoint);
    }

    public Optional<ApiError> errorFor(String sourceField) {
        return errors().stream().filter(error -> sourceField.equals(error.sourceField())).findFirst();
    }

    public boolean hasErrorFor(String sourceField, String rule) {
        return errors().stream()
                .anyMatch(error -> sourceField.equals(error.sourceField()) && rule.equals(error.rule()));
    }
}
