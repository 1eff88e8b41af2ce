package io.pteroca.pterodactyl.error;

import java.util.List;

/** HTTP 404: unknown id, or a resource the key may not see. */
public class NotFoundException extends PterodactylApiException {

    public NotFoundException(int status, List<ApiError> errors, String endpoint) {
        super(status, errors, endpoint);
    }
}
