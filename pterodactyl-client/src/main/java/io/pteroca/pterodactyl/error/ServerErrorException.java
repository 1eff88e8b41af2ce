package io.pteroca.pterodactyl.error;

import java.util.List;

/** HTTP 5xx: panel bug, or Wings unreachable or failing (504/502). */
public class ServerErrorException extends PterodactylApiException {

    public ServerErrorException(int status, List<ApiError> errors, String endpoint) {
        super(status, errors, endpoint);
    }
}
