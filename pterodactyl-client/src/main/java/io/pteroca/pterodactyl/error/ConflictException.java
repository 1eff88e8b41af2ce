package io.pteroca.pterodactyl.error;

import java.util.List;

/** HTTP 409: server suspended, installing, restoring or transferring, or Wings refused. */
public class ConflictException extends PterodactylApiException {

    public ConflictException(int status, List<ApiError> errors, String endpoint) {
        super(status, errors, endpoint);
    }
}
