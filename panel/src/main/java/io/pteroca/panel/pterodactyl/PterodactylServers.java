package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.pterodactyl.application.model.Allocation;
import io.pteroca.pterodactyl.application.model.Egg;
import io.pteroca.pterodactyl.application.model.FeatureLimits;
import io.pteroca.pterodactyl.application.model.ResourceLimits;
import io.pteroca.pterodactyl.application.model.NewServer;
import io.pteroca.pterodactyl.application.model.Server;
import io.pteroca.pterodactyl.application.model.ServerStartupUpdate;
import io.pteroca.pterodactyl.error.AuthenticationException;
import io.pteroca.pterodactyl.error.BadRequestException;
import io.pteroca.pterodactyl.error.ForbiddenException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.page.ListQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The server calls the billing side needs, with the application key: create (recoverable through its
 * {@code external_id}), look up, suspend, unsuspend and delete. Callers decide what to do on failure; {@link
 * #permanent} says whether retrying can help.
 */
@Service
public class PterodactylServers {

    private static final Duration EGG_CACHE = Duration.ofMinutes(10);

    private final PterodactylConnection connection;
    private final PterodactylSettings settings;
    private final PterodactylLinkRepository links;
    private final SecretCipher cipher;
    /** Eggs change rarely; a purchase should not pay a call to learn the default image and startup. */
    private final Map<String, CachedEgg> eggs = new ConcurrentHashMap<>();

    PterodactylServers(PterodactylConnection connection, PterodactylSettings settings, PterodactylLinkRepository links,
                       SecretCipher cipher) {
        this.cipher = cipher;
        this.connection = connection;
        this.settings = settings;
        this.links = links;
    }

    public boolean configured() {
        return connection.configured();
    }

    public String externalId(long serverId) {
        return settings.serverExternalId(serverId);
    }

    /** The Pterodactyl user of a linked account; empty while linking is still under way. */
    public Optional<Integer> userOf(long accountId) {
        return links.findById(accountId).filter(link -> link.status() == PterodactylLink.Status.LINKED)
                .map(PterodactylLink::pterodactylUserId).map(Long::intValue);
    }

    /** The egg's own docker image and startup command, cached for 10 minutes. */
    public EggDefaults eggDefaults(int nestId, int eggId) {
        String key = nestId + "/" + eggId;
        CachedEgg cached = eggs.get(key);
        if (cached != null && cached.readAt().isAfter(Instant.now().minus(EGG_CACHE))) {
            return cached.defaults();
        }
        Egg egg = connection.application().nests().egg(nestId, eggId);
        EggDefaults defaults = new EggDefaults(egg.dockerImage(), egg.startup());
        eggs.put(key, new CachedEgg(defaults, Instant.now()));
        return defaults;
    }

    /** The first port on the node no server uses (Pterodactyl lists them in pages; this stops at the first free). */
    public Optional<Allocation> freeAllocation(int nodeId) {
        return connection.application().nodes().freeAllocations(nodeId).findFirst();
    }

    /** Creates the server; if one with its {@code external_id} exists already (an earlier try landed), that one. */
    public ServerInfo create(NewServer server) {
        try {
            return info(connection.application().servers().create(server));
        } catch (ValidationException refused) {
            if (server.externalId() != null && refused.hasErrorFor("external_id", "unique")) {
                return findByExternalId(server.externalId()).orElseThrow(() -> refused);
            }
            throw refused;
        }
    }

    public Optional<ServerInfo> findByExternalId(String externalId) {
        return connection.application().servers().findByExternalId(externalId).map(PterodactylServers::info);
    }

    /** Empty when the server is gone from Pterodactyl. */
    public Optional<ServerInfo> find(int id) {
        try {
            return Optional.of(info(connection.application().servers().get(id, "allocations")));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    public void suspend(int id) {
        connection.application().servers().suspend(id);
    }

    public void unsuspend(int id) {
        connection.application().servers().unsuspend(id);
    }

    /** Deletes the server; a server already gone counts as deleted. */
    public void delete(int id) {
        try {
            connection.application().servers().delete(id);
        } catch (NotFoundException alreadyGone) {
            // Nothing left to delete.
        }
    }

    /** Errors no retry can fix: refused input, a missing object, a key without the permission. */
    public static boolean permanent(RuntimeException failure) {
        if (failure instanceof ValidationException refused && refused.errorFor("allocation.default").isPresent()) {
            // Another server took the port between our lookup and the create: pick again.
            return false;
        }
        return failure instanceof ValidationException || failure instanceof BadRequestException
                || failure instanceof NotFoundException || failure instanceof ForbiddenException
                || failure instanceof AuthenticationException || failure instanceof PterodactylConnection.PterodactylNotConfiguredException;
    }

    /** Every server in Pterodactyl, page by page, with its allocations (for the address). */
    public Stream<ServerInfo> all() {
        return connection.application().servers().stream(ListQuery.none().include("allocations")).map(PterodactylServers::info);
    }

    /** Makes {@code pterodactylUserId} the server's owner (read-modify-write keeps name and external id). */
    public void changeOwner(int id, int pterodactylUserId) {
        connection.application().servers().updateDetails(id, details -> details.withOwner(pterodactylUserId));
    }

    /** Sets the server's limits; its allocations and OOM setting stay as they are. */
    public void changeBuild(int id, ResourceLimits limits, FeatureLimits features) {
        connection.application().servers().updateBuild(id, build -> build.withLimits(limits).withFeatureLimits(features));
    }

    /**
     * What the server is doing (offline, starting, running, stopping), asked as its owner with the owner's own
     * client key; empty when the owner is not linked.
     */
    public Optional<String> powerState(long ownerAccountId, String identifier) {
        return clientOf(ownerAccountId).map(client -> client.servers().resources(identifier).currentState());
    }

    /** Sends a power signal (start, stop, restart, kill) as the server's owner. */
    public void power(long ownerAccountId, String identifier, String signal) {
        ownerClient(ownerAccountId).servers().power(identifier,
                io.pteroca.pterodactyl.client.ClientServersApi.PowerSignal.valueOf(signal.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The server's backups, newest first, read as its owner. */
    public List<io.pteroca.pterodactyl.client.model.Backup> backups(long ownerAccountId, String identifier) {
        return ownerClient(ownerAccountId).backups().stream(identifier).toList();
    }

    /** Backup actions as the server's owner: create, toggle lock, restore, delete, and a download link. */
    public io.pteroca.pterodactyl.client.BackupsApi backupsAs(long ownerAccountId) {
        return ownerClient(ownerAccountId).backups();
    }

    /** Network (allocation) actions as the server's owner: list, assign one more, notes, make primary, delete. */
    public io.pteroca.pterodactyl.client.NetworkApi networkAs(long ownerAccountId) {
        return ownerClient(ownerAccountId).network();
    }

    /** Database actions as the server's owner: list (with passwords on request), create, rotate, delete. */
    public io.pteroca.pterodactyl.client.DatabasesApi databasesAs(long ownerAccountId) {
        return ownerClient(ownerAccountId).databases();
    }

    /**
     * Wings' websocket address and a 10-minute token for this server, minted for this account's own Pterodactyl user:
     * the owner's key for the panel's relay, the viewer's own key when browsers connect to Wings directly.
     */
    public io.pteroca.pterodactyl.client.model.WebsocketCredentials websocketAs(long accountId, String identifier) {
        return ownerClient(accountId).servers().websocket(identifier);
    }

    /** Writes a file of the server (e.g. eula.txt) as its owner. */
    public void writeFile(long ownerAccountId, String identifier, String path, String content) {
        ownerClient(ownerAccountId).files().write(identifier, path, content);
    }

    /** Pterodactyl's own origin (scheme, host, port): Wings accepts websockets from it. */
    public String panelOrigin() {
        java.net.URI url = java.net.URI.create(settings.url());
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    /** Schedule and task actions as the server's owner: list, create, update, run now, delete. */
    public io.pteroca.pterodactyl.client.SchedulesApi schedulesAs(long ownerAccountId) {
        return ownerClient(ownerAccountId).schedules();
    }

    /** The server's activity as Pterodactyl records it, read as the server's owner. */
    public io.pteroca.pterodactyl.client.ActivityApi activityAs(long ownerAccountId) {
        return ownerClient(ownerAccountId).activity();
    }

    /** Startup actions as the server's owner: its variables, startup command and images, a variable's new value. */
    public io.pteroca.pterodactyl.client.StartupApi startupAs(long ownerAccountId) {
        return ownerClient(ownerAccountId).startup();
    }

    /** Settings actions as the server's owner: rename, reinstall, docker image. */
    public io.pteroca.pterodactyl.client.SettingsApi settingsAs(long ownerAccountId) {
        return ownerClient(ownerAccountId).settings();
    }

    /** The server as its owner sees it in Pterodactyl (node's SFTP address, docker image). */
    public io.pteroca.pterodactyl.client.model.ClientServer clientServer(long ownerAccountId, String identifier) {
        return ownerClient(ownerAccountId).servers().get(identifier).server();
    }

    /** The Pterodactyl username of a linked account (what SFTP logins start with). */
    public Optional<String> usernameOf(long accountId) {
        return links.findById(accountId).filter(link -> link.status() == PterodactylLink.Status.LINKED)
                .map(PterodactylLink::pterodactylUsername);
    }

    /** Sets the startup command (read-modify-write, so every variable keeps its value). */
    public void changeStartup(int id, String startup) {
        connection.application().servers().updateStartup(id, current -> current.withStartup(startup));
    }

    /** Moves the server to another egg with this image, startup and environment; a reinstall should follow. */
    public void changeEgg(int id, int eggId, String image, String startup, Map<String, String> environment) {
        connection.application().servers().updateStartup(id, new ServerStartupUpdate(startup, environment, eggId, image, false));
    }

    public void reinstall(int id) {
        connection.application().servers().reinstall(id);
    }

    /** Shares the server with the Pterodactyl user of this e-mail, as its owner; returns the subuser's uuid. */
    public String addSubuser(long ownerAccountId, String identifier, String email, List<String> permissions) {
        return ownerClient(ownerAccountId).subusers().create(identifier, email, permissions).uuid();
    }

    /** Subuser actions as the server's owner: list (one call for all), change permissions. */
    public io.pteroca.pterodactyl.client.SubusersApi subusersAs(long ownerAccountId) {
        return ownerClient(ownerAccountId).subusers();
    }

    public void removeSubuser(long ownerAccountId, String identifier, String subuserUuid) {
        try {
            ownerClient(ownerAccountId).subusers().delete(identifier, subuserUuid);
        } catch (NotFoundException alreadyGone) {
            // Nothing left to remove.
        }
    }

    private io.pteroca.pterodactyl.client.ClientApi ownerClient(long ownerAccountId) {
        return clientOf(ownerAccountId).orElseThrow(() -> new IllegalStateException("the owner's Pterodactyl account is not linked"));
    }

    /** The client API as this account's Pterodactyl user, with its own key; empty while it is not linked. */
    private Optional<io.pteroca.pterodactyl.client.ClientApi> clientOf(long accountId) {
        return links.findById(accountId).filter(link -> link.status() == PterodactylLink.Status.LINKED)
                .map(link -> connection.client(cipher.decrypt(link.sealedClientKey())));
    }

    /** The panel account linked to a Pterodactyl user, if any. */
    public Optional<Long> accountOf(int pterodactylUserId) {
        return links.findByPterodactylUserId((long) pterodactylUserId).map(PterodactylLink::accountId);
    }

    /** The panel account linked to the Pterodactyl user of this username (unique there); empty when unsure. */
    public Optional<Long> accountOfUsername(String username) {
        List<PterodactylLink> linked = username == null ? List.of() : links.findByPterodactylUsername(username).stream()
                .filter(link -> link.status() == PterodactylLink.Status.LINKED).toList();
        return linked.size() == 1 ? Optional.of(linked.get(0).accountId()) : Optional.empty();
    }

    private static ServerInfo info(Server server) {
        String address = null;
        if (server.relationships() != null && server.relationships().allocations() != null) {
            address = server.relationships().allocations().stream().filter(a -> a.id() == server.allocation()).findFirst()
                    .map(a -> (a.alias() != null ? a.alias() : a.ip()) + ":" + a.port()).orElse(null);
        }
        String status = server.status();
        return new ServerInfo(server.id(), server.externalId(), server.identifier(), server.uuid(), server.name(),
                server.node(), server.user(), server.egg(), address, "installing".equals(status),
                "install_failed".equals(status), server.suspended(),
                server.container() == null || server.container().environment() == null ? Map.of() : server.container().environment());
    }

    public record EggDefaults(String dockerImage, String startup) {
    }

    private record CachedEgg(EggDefaults defaults, Instant readAt) {
    }

    /** What the billing side needs to know of a Pterodactyl server; {@code address} only when allocations were read. */
    public record ServerInfo(int id, String externalId, String identifier, String uuid, String name, int nodeId, int userId,
                             int eggId, String address, boolean installing, boolean installFailed, boolean suspended,
                             Map<String, String> environment) {

        public ServerInfo withAddress(String value) {
            return new ServerInfo(id, externalId, identifier, uuid, name, nodeId, userId, eggId, value, installing,
                    installFailed, suspended, environment);
        }
    }
}
