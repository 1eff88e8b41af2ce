package io.pteroca.pterodactyl.error;

import java.util.List;

/** HTTP 401: missing, unknown or expired key. */
public class AuthenticationException extends PterodactylApiException {

    public AuthenticationException(int status, List<ApiError> errors, String endpoint) {
        super(status, errors, endpoint);
    }
}
