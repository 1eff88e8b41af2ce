package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerState;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.server.Servers;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.pterodactyl.client.model.ActivityLog;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
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
    private static final int PTERODACTYL_PAGE = 100;

    private final ServerAccess access;
    private final Servers log;
    private final PterodactylServers pterodactyl;

    ServerActivity(ServerAccess access, Servers log, PterodactylServers pterodactyl) {
        this.access = access;
        this.log = log;
        this.pterodactyl = pterodactyl;
    }

    /** One line: ours has an event key (or a new state) and a detail; Pterodactyl's its event name and properties. */
    record Line(Instant at, boolean pterodactyl, String event, ServerState toState, String detail) {
    }

    /** {@code pterodactylMissing}: Pterodactyl could not be asked (unreachable, or the server is not usable). */
    record ActivityPage(List<Line> lines, int page, int pages, boolean pterodactylMissing) {
    }

    ActivityPage page(ServerView server, long accountId, int requested) {
        if (!access.permits(server, accountId, "activity.read")) {
            throw Refusal.forbidden("server.forbidden");
        }
        List<Line> theirs = new ArrayList<>();
        long theirTotal = 0;
        boolean missing = true;
        if (ServerAccess.usable(server)) {
            try {
                theirTotal = readTheirs(server, Math.max(1, Math.min(requested, MAX_PAGE)) * PER_PAGE, theirs);
                missing = false;
            } catch (PterodactylException unreachable) {
                // Our own log is still worth showing; the page says Pterodactyl's part is missing.
            }
        }
        long total = log.logSize(server.id()) + theirTotal;
        int pages = (int) Math.max(1, Math.min(MAX_PAGE, (total + PER_PAGE - 1) / PER_PAGE));
        int page = Math.max(1, Math.min(requested, pages));
        List<Line> lines = new ArrayList<>(theirs);
        log.logPage(server.id(), PageRequest.of(0, page * PER_PAGE))
                .forEach(entry -> lines.add(new Line(entry.at(), false, entry.event(), entry.toState(), entry.detail())));
        lines.sort(Comparator.comparing(Line::at).reversed());
        int from = Math.min(lines.size(), (page - 1) * PER_PAGE);
        return new ActivityPage(List.copyOf(lines.subList(from, Math.min(lines.size(), from + PER_PAGE))), page, pages, missing);
    }

    /** Adds at least Pterodactyl's newest {@code wanted} entries (all, if fewer) to the lines; returns how many it has. */
    private long readTheirs(ServerView server, int wanted, List<Line> lines) {
        ListQuery query = ListQuery.none().sort("-timestamp").perPage(PTERODACTYL_PAGE);
        int read = 0;
        for (int number = 1; ; number++) {
            Page<ActivityLog> page = pterodactyl.activityAs(server.ownerId()).serverPage(server.identifier(), query.page(number));
            page.items().forEach(entry -> lines.add(new Line(entry.timestamp().toInstant(), true, entry.event(), null,
                    properties(entry.properties()))));
            read += page.items().size();
            if (read >= wanted || !page.hasNextPage() || page.items().isEmpty()) {
                return page.pagination() == null ? read : page.pagination().total();
            }
        }
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
