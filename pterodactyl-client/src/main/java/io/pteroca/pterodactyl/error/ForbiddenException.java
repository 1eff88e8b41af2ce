package io.pteroca.pterodactyl.error;

import java.util.List;

/** HTTP 403: wrong key kind, non-admin key on the application API, missing permission. */
public class ForbiddenException extends PterodactylApiException {

    public ForbiddenException(int status, List<ApiError> errors, String endpoint) {
        super(status, errors, endpoint);
    }
}
