package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.error.AuthenticationException;
import io.pteroca.pterodactyl.error.BadRequestException;
import io.pteroca.pterodactyl.error.ConflictException;
import io.pteroca.pterodactyl.error.ForbiddenException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.PterodactylApiException;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.error.ValidationException;
import java.util.function.Supplier;

/** The one place where the client library's exceptions become the panel's {@link PterodactylFailure}s. */
final class Failures {

    /** Pterodactyl's 409 for a server that is restoring, installing, transferring or suspended. */
    private static final String SERVER_STATE = "ServerStateConflictException";

    private Failures() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (PterodactylException failure) {
            throw of(failure);
        }
    }

    static PterodactylFailure of(PterodactylException failure) {
        if (failure instanceof NotFoundException missing) {
            return new PterodactylNotFound(missing.getMessage(), missing, missing.detail());
        }
        if (failure instanceof ConflictException conflict && SERVER_STATE.equals(conflict.code())) {
            return new PterodactylConflict(conflict.getMessage(), conflict, conflict.detail());
        }
        if (failure instanceof PterodactylApiException refused) {
            return new PterodactylRefused(refused.getMessage(), refused, permanent(refused), refused.detail());
        }
        return new PterodactylUnreachable(failure.getMessage(), failure);
    }

    /** Errors no retry can fix: refused input, a key without the permission. */
    private static boolean permanent(PterodactylApiException refused) {
        if (refused instanceof ValidationException invalid && invalid.errorFor("allocation.default").isPresent()) {
            // Another server took the port between our lookup and the create: pick again.
            return false;
        }
        return refused instanceof ValidationException || refused instanceof BadRequestException
                || refused instanceof ForbiddenException || refused instanceof AuthenticationException;
    }
}
