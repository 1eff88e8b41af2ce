package io.pteroca.pterodactyl.error;

import java.util.List;

/** HTTP 400 (service refusals such as DisplayException, bad filters, bad JSON). */
public class BadRequestException extends PterodactylApiException {

    public BadRequestException(int status, List<ApiError> errors, String endpoint) {
        super(status, errors, endpoint);
    }
}
