package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.pterodactyl.RecentActivity;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.server.PterodactylAnswers;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * A server's activity: our log and Pterodactyl's activity (read with the owner's key) merged newest first, a page
 * at a time. Page N needs the newest N pages of each side, so pages stop at {@link #MAX_PAGE}.
 */
@Service
class ServerActivity {

    static final int PER_PAGE = 25;
    static final int MAX_PAGE = 40;

    private final ServerAccess access;
    private final Servers log;
    private final ServersAsOwner pterodactyl;
    private final PterodactylAnswers answers;

    ServerActivity(ServerAccess access, Servers log, ServersAsOwner pterodactyl, PterodactylAnswers answers) {
        this.access = access;
        this.log = log;
        this.pterodactyl = pterodactyl;
        this.answers = answers;
    }

    /** One line: ours has an event key (or a new state) and a detail; Pterodactyl's its event name and properties. */
    record Line(Instant at, boolean pterodactyl, String event, ServerState toState, String detail) {
    }

    /**
     * {@code pterodactylMissing}: Pterodactyl could not be asked (unreachable, busy, gone, or the server is not
     * usable); {@code why} says why when a call failed.
     */
    record ActivityPage(List<Line> lines, int page, int pages, boolean pterodactylMissing, PterodactylAnswers.Answer why) {
    }

    ActivityPage page(ServerView server, long accountId, int requested) {
        if (!access.permits(server, accountId, "activity.read")) {
            throw Refusal.forbidden("server.forbidden");
        }
        List<Line> theirs = new ArrayList<>();
        long theirTotal = 0;
        boolean missing = true;
        PterodactylAnswers.Answer why = null;
        if (ServerAccess.usable(server)) {
            try {
                theirTotal = readTheirs(server, Math.max(1, Math.min(requested, MAX_PAGE)) * PER_PAGE, theirs);
                missing = false;
            } catch (PterodactylFailure failed) {
                // Our own log is still worth showing; the page says Pterodactyl's part is missing, and why.
                why = answers.explain(server, failed);
            }
        }
        long total = log.logSize(server.id()) + theirTotal;
        int pages = (int) Math.max(1, Math.min(MAX_PAGE, (total + PER_PAGE - 1) / PER_PAGE));
        int page = Math.max(1, Math.min(requested, pages));
        List<Line> lines = new ArrayList<>(theirs);
        boolean payments = access.seesPayments(server, accountId);
        log.logPage(server.id(), PageRequest.of(0, page * PER_PAGE)).stream()
                .filter(entry -> payments || !ServerAccess.paymentEvent(entry.event()))
                .forEach(entry -> lines.add(new Line(entry.at(), false, entry.event(), entry.toState(), entry.detail())));
        lines.sort(Comparator.comparing(Line::at).reversed());
        int from = Math.min(lines.size(), (page - 1) * PER_PAGE);
        return new ActivityPage(List.copyOf(lines.subList(from, Math.min(lines.size(), from + PER_PAGE))), page, pages, missing,
                why);
    }

    /** Adds at least Pterodactyl's newest {@code wanted} entries (all, if fewer) to the lines; returns how many it has. */
    private long readTheirs(ServerView server, int wanted, List<Line> lines) {
        RecentActivity theirs = pterodactyl.activity(server.ownerId(), server.identifier(), wanted);
        theirs.entries().forEach(entry -> lines.add(new Line(entry.at(), true, entry.event(), null,
                properties(entry.properties()))));
        return theirs.total();
    }

    /** Properties are whatever users typed (names, commands): plain text, shown escaped. */
    private static String properties(Map<String, Object> properties) {
        if (properties == null || properties.isEmpty()) {
            return "";
        }
        return new TreeMap<>(properties).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
