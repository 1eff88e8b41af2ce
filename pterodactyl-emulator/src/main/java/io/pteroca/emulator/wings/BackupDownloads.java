package io.pteroca.emulator.wings;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.pteroca.emulator.state.Backup;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Node;
import io.pteroca.emulator.state.Server;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wings' {@code GET /download/backup?token=…}: the panel's signed link (HS256 with the node's token, 15 minutes,
 * {@code backup_uuid}, {@code server_uuid} and a one-time {@code unique_id}) streams the backup's archive.
 * Wings answers a token it cannot verify or that has expired with its generic 500, a server it does not have or a
 * link used before with 404, and a backup it does not hold with another 404. It does not check that the backup
 * belongs to the token's server, and neither does the emulator.
 */
final class BackupDownloads {

    static final String PATH = "/download/backup";
    /** How long Wings remembers a link's unique id (its token store). */
    private static final Duration REMEMBERED = Duration.ofMinutes(60);

    private final EmulatorState state;
    private final WingsSimulator wings;
    private final Map<String, Instant> usedLinks = new HashMap<>();

    BackupDownloads(EmulatorState state, WingsSimulator wings) {
        this.state = state;
        this.wings = wings;
    }

    /** A link's claims once Wings accepts it, or Wings' refusal of it. */
    record Link(ObjectNode claims, HttpReply refusal) {
    }

    /**
     * Wings' checks of a signed link: a token it cannot verify or that has expired is its generic 500; a server it
     * does not have, or a link used before, 404. Callers hold the state's monitor.
     */
    Link link(String rawQuery) {
        ObjectNode claims = verified(token(rawQuery));
        if (claims == null || Jwt.expired(claims, state.clock().instant())) {
            return new Link(null, HttpReply.error(500, "An unexpected error was encountered while processing this request", true));
        }
        if (!wings.holds(claims.path("server_uuid").asString("")) || !firstUse(claims.path("unique_id").asString(""))) {
            return new Link(null, HttpReply.error(404, "The requested resource was not found on this server.", false));
        }
        return new Link(claims, null);
    }

    HttpReply answer(String rawQuery) {
        synchronized (state) {
            state.tick();
            Link link = link(rawQuery);
            if (link.refusal() != null) {
                return link.refusal();
            }
            ObjectNode claims = link.claims();
            String backupUuid = claims.path("backup_uuid").asString("");
            Backup backup = state.backups.values().stream()
                    .filter(b -> b.uuid.equals(backupUuid) && b.archive != null && !b.deleted && onThisWings(b))
                    .findFirst().orElse(null);
            if (backup == null) {
                return HttpReply.error(404, "The requested backup was not found on this server.", false);
            }
            HttpReply reply = new HttpReply(200, "application/octet-stream", new LinkedHashMap<>(), backup.archive);
            reply.headers().put("Content-Disposition", "attachment; filename=\"" + backup.uuid + ".tar.gz\"");
            return reply;
        }
    }

    static String token(String rawQuery) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.startsWith("token=")) {
                    return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    /** The claims if a node this Wings serves signed the token; Wings knows only its own node's token. */
    private ObjectNode verified(String token) {
        for (Node node : state.nodes.values()) {
            if (wings.reachable(node)) {
                try {
                    return Jwt.verify(token, node.daemonToken);
                } catch (Jwt.InvalidTokenException e) {
                    // another node's key, or no valid token at all
                }
            }
        }
        return null;
    }

    private boolean firstUse(String uniqueId) {
        Instant now = state.clock().instant();
        usedLinks.values().removeIf(usedAt -> usedAt.plus(REMEMBERED).isBefore(now));
        return usedLinks.putIfAbsent(uniqueId, now) == null;
    }

    private boolean onThisWings(Backup backup) {
        Server server = state.servers.get(backup.serverId);
        return server != null && wings.reachable(state.node(server.nodeId));
    }
}
