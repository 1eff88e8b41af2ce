package io.pteroca.panel.server;

import io.pteroca.panel.pterodactyl.ManagementUnavailable;
import io.pteroca.panel.pterodactyl.PterodactylConflict;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.pterodactyl.PterodactylNotFound;
import io.pteroca.panel.pterodactyl.PterodactylRefused;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a failed Pterodactyl call about a server means, for its pages: the server is busy (restoring a backup,
 * installing, being moved, suspended there), it no longer exists in Pterodactyl (a 404 is checked at once with the
 * application key and, when the server is gone, marks it for an admin as reconciliation does), Pterodactyl refused
 * in its own words, or it could not be reached.
 */
@Component
public class PterodactylAnswers {

    private static final Logger log = LoggerFactory.getLogger(PterodactylAnswers.class);

    /** How Pterodactyl passes on a refusal of Wings (a missing file, a full disk, an unknown archive). */
    private static final String FROM_WINGS = "An error occurred on the remote host: ";

    private final Reconciliation reconciliation;

    PterodactylAnswers(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** Either a message key of ours or Pterodactyl's own explanation (plain text, shown escaped). */
    public record Answer(String messageKey, String pterodactylReason) {

        static Answer message(String key) {
            return new Answer(key, null);
        }

        /** The page attribute that shows it: {@code error} (a message key) or {@code pterodactylError} (its words). */
        public Map.Entry<String, String> asAttribute() {
            return messageKey != null ? Map.entry("error", messageKey) : Map.entry("pterodactylError", pterodactylReason);
        }
    }

    public Answer explain(ServerView server, PterodactylFailure failure) {
        if (failure instanceof ManagementUnavailable) {
            return Answer.message("server.managementUnavailable");
        }
        if (failure instanceof PterodactylRefused refused && refused.reason() != null && refused.reason().startsWith(FROM_WINGS)) {
            // Wings answered, so the server exists: its own words, without the panel's wrapping.
            return new Answer(null, wingsWords(refused.reason()));
        }
        if (failure instanceof PterodactylConflict busy) {
            return Answer.message("server.busy." + busy.busy().name().toLowerCase(Locale.ROOT));
        }
        if (failure instanceof PterodactylNotFound missing) {
            return missing(server, missing);
        }
        if (failure instanceof PterodactylRefused refused && refused.reason() != null) {
            return new Answer(null, refused.reason());
        }
        return Answer.message("server.pterodactylUnreachable");
    }

    /** The server itself, or only the thing asked about (a backup, a schedule)? Pterodactyl's application key tells. */
    private Answer missing(ServerView server, PterodactylNotFound missing) {
        String finding;
        try {
            finding = reconciliation.checkNow(server.id());
        } catch (PterodactylFailure unreachable) {
            log.warn("Server {} was not found in Pterodactyl and could not be checked: {}", server.id(), unreachable.getMessage());
            return Answer.message("server.pterodactylUnreachable");
        }
        if (Reconciliation.GONE.equals(finding)) {
            return Answer.message("server.gone");
        }
        if (finding != null) {
            return Answer.message("server.differs");
        }
        return missing.reason() != null ? new Answer(null, missing.reason()) : Answer.message("server.pterodactylUnreachable");
    }

    /** "An error occurred on the remote host: X.. (request id: …)" → "X." */
    static String wingsWords(String reason) {
        String words = reason.substring(FROM_WINGS.length()).replaceFirst("\\s*\\(request id:[^)]*\\)\\s*$", "").strip();
        return words.endsWith("..") ? words.substring(0, words.length() - 1) : words.endsWith(".") ? words : words + ".";
    }
}
