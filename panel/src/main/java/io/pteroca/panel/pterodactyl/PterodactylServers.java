package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.application.model.Allocation;
import io.pteroca.pterodactyl.application.model.Egg;
import io.pteroca.pterodactyl.application.model.FeatureLimits;
import io.pteroca.pterodactyl.application.model.NewServer;
import io.pteroca.pterodactyl.application.model.ResourceLimits;
import io.pteroca.pterodactyl.application.model.Server;
import io.pteroca.pterodactyl.application.model.ServerStartupUpdate;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.page.ListQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * What billing and admins do to servers in Pterodactyl, with the application key: create (recoverable through its
 * external id), find, list, suspend, unsuspend, reinstall and delete, and change a server's owner, limits, startup
 * or egg. Failures are {@link PterodactylFailure}s; {@link PterodactylFailure#permanent()} says whether retrying
 * can help. What a server's owner does to it goes through {@link ServersAsOwner}.
 */
@Service
public class PterodactylServers {

    private static final Duration EGG_CACHE = Duration.ofMinutes(10);

    private final PterodactylConnection connection;
    private final PterodactylSettings settings;
    /** Eggs change rarely; a purchase should not pay a call to learn the default image and startup. */
    private final Map<String, CachedEgg> eggs = new ConcurrentHashMap<>();
    private final Map<Integer, Object> nodeLocks = new ConcurrentHashMap<>();

    PterodactylServers(PterodactylConnection connection, PterodactylSettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    public boolean configured() {
        return connection.configured();
    }

    /** The external id of a server this panel sold: a create that timed out is found by it, not repeated. */
    public String externalId(long serverId) {
        return settings.serverExternalId(serverId);
    }

    /** The egg's own docker image and startup command, cached for 10 minutes. */
    public EggDefaults eggDefaults(int nestId, int eggId) {
        String key = connection.panelUrl() + " " + nestId + "/" + eggId;
        CachedEgg cached = eggs.get(key);
        if (cached != null && cached.readAt().isAfter(Instant.now().minus(EGG_CACHE))) {
            return cached.defaults();
        }
        boolean pelican = connection.pelican();
        Egg egg = application(api -> pelican ? api.eggs().get(eggId) : api.nests().egg(nestId, eggId));
        EggDefaults defaults = new EggDefaults(egg.dockerImage(), egg.startup());
        eggs.put(key, new CachedEgg(defaults, Instant.now()));
        return defaults;
    }

    /**
     * Creates the server on this node, on the node's first free port; empty when the node has none. Within this
     * instance one placement per node at a time, so two orders never pick the same port. If a server with the
     * request's external id exists already (an earlier try landed), that one.
     */
    public Optional<ServerInfo> createOn(int nodeId, ServerRequest wanted) {
        boolean pelican = connection.pelican();
        EggDefaults egg = pelican ? null : defaultsFor(wanted.egg());
        synchronized (nodeLocks.computeIfAbsent(nodeId, id -> new Object())) {
            // Pterodactyl lists a node's ports in pages; this stops at the first free one.
            Optional<Allocation> port = application(api -> api.nodes().freeAllocations(nodeId).findFirst());
            return port.map(allocation -> create(newServer(wanted, egg, pelican,
                            new NewServer.AllocationChoice(allocation.id(), null), null))
                    .withAddress(address(allocation.alias(), allocation.ip(), allocation.port())));
        }
    }

    /**
     * Pelican only: lets Pelican place the server on a public node with any of these tags and room for it, on a free
     * port of the configured ranges, and reads back where it landed. If a server with the request's external id exists
     * already (an earlier try landed), that one.
     */
    public ServerInfo deployByTags(List<String> tags, ServerRequest wanted) {
        NewServer.Deployment deployment = NewServer.Deployment.byTags(List.copyOf(tags), false, settings.pelicanPortRanges());
        ServerInfo created = create(newServer(wanted, null, true, null, deployment));
        return find(created.id()).orElse(created);
    }

    /** Whether the panel is Pelican, which places servers by node tags. */
    public boolean pelican() {
        return connection.pelican();
    }

    public Optional<ServerInfo> findByExternalId(String externalId) {
        return application(api -> api.servers().findByExternalId(externalId).map(PterodactylServers::info));
    }

    /** Empty when the server is gone from Pterodactyl. */
    public Optional<ServerInfo> find(int id) {
        return application(api -> {
            try {
                return Optional.of(info(api.servers().get(id, "allocations")));
            } catch (NotFoundException gone) {
                return Optional.empty();
            }
        });
    }

    /**
     * Every server in Pterodactyl, handed over {@code size} at a time as the pages arrive, so memory stays bounded
     * however many there are. A failure part-way is thrown after the pages already handed over.
     */
    public void forEachPage(int size, Consumer<List<ServerInfo>> handler) {
        change(api -> {
            List<ServerInfo> batch = new ArrayList<>(size);
            api.servers().stream(ListQuery.none().include("allocations").perPage(size)).map(PterodactylServers::info)
                    .forEachOrdered(server -> {
                        batch.add(server);
                        if (batch.size() == size) {
                            handler.accept(List.copyOf(batch));
                            batch.clear();
                        }
                    });
            if (!batch.isEmpty()) {
                handler.accept(List.copyOf(batch));
            }
        });
    }

    public void suspend(int id) {
        change(api -> api.servers().suspend(id));
    }

    public void unsuspend(int id) {
        change(api -> api.servers().unsuspend(id));
    }

    public void reinstall(int id) {
        change(api -> api.servers().reinstall(id));
    }

    /** Deletes the server; a server already gone counts as deleted. */
    public void delete(int id) {
        change(api -> {
            try {
                api.servers().delete(id);
            } catch (NotFoundException alreadyGone) {
                // Nothing left to delete.
            }
        });
    }

    /** Makes {@code pterodactylUserId} the server's owner; its name and external id stay. */
    public void changeOwner(int id, int pterodactylUserId) {
        change(api -> api.servers().updateDetails(id, details -> details.withOwner(pterodactylUserId)));
    }

    /**
     * Takes a server over for this panel: {@code pterodactylUserId} becomes its owner and its external id says this
     * panel's server {@code serverId} is it, so reconciliation and a create that timed out recognise it as ours.
     */
    public void adopt(int id, int pterodactylUserId, long serverId) {
        String externalId = externalId(serverId);
        change(api -> api.servers().updateDetails(id, details -> details.withOwner(pterodactylUserId).withExternalId(externalId)));
    }

    /** Whether an external id is one this panel gives its servers (whichever server it names). */
    public boolean ours(String externalId) {
        return externalId != null && externalId.startsWith(settings.serverExternalIdPrefix());
    }

    /** Sets the server's limits; its ports and OOM setting stay as they are. */
    public void changeBuild(int id, ServerLimits limits) {
        change(api -> api.servers().updateBuild(id, build -> build.withLimits(resources(limits))
                .withFeatureLimits(features(limits))));
    }

    /** Sets the startup command; every variable keeps its value. */
    public void changeStartup(int id, String startup) {
        change(api -> api.servers().updateStartup(id, current -> current.withStartup(startup)));
    }

    /** Moves the server to another egg (with the egg's own image and startup where the setup names none); a reinstall should follow. */
    public void changeEgg(int id, EggSetup egg) {
        EggDefaults defaults = defaultsFor(egg);
        change(api -> api.servers().updateStartup(id, new ServerStartupUpdate(startup(egg, defaults), egg.environment(),
                egg.eggId(), image(egg, defaults), false)));
    }

    private ServerInfo create(NewServer server) {
        return application(api -> {
            try {
                return info(api.servers().create(server));
            } catch (ValidationException refused) {
                if (refused.hasErrorFor("external_id", "unique")) {
                    return api.servers().findByExternalId(server.externalId()).map(PterodactylServers::info)
                            .orElseThrow(() -> refused);
                }
                throw refused;
            }
        });
    }

    /**
     * Pterodactyl needs the image and startup (the egg's own where the setup names none); Pelican takes the egg alone,
     * defaults the rest from it, and wants {@code oom_killer} (off, as Pterodactyl's default) instead of {@code oom_disabled}.
     */
    private static NewServer newServer(ServerRequest wanted, EggDefaults defaults, boolean pelican,
                                       NewServer.AllocationChoice allocation, NewServer.Deployment deployment) {
        EggSetup egg = wanted.egg();
        ResourceLimits limits = pelican ? resources(wanted.limits()).withOomKiller(false) : resources(wanted.limits());
        return new NewServer(wanted.name(), wanted.owner(), egg.eggId(), pelican ? egg.dockerImage() : image(egg, defaults),
                pelican ? egg.startup() : startup(egg, defaults), egg.environment(), limits, features(wanted.limits()),
                allocation, deployment, wanted.externalId(), wanted.description(), null, null, true);
    }

    /** The egg's own image and startup, read only when the setup does not name both. */
    private EggDefaults defaultsFor(EggSetup egg) {
        return egg.dockerImage() != null && egg.startup() != null ? null : eggDefaults(egg.nestId(), egg.eggId());
    }

    private static String image(EggSetup egg, EggDefaults defaults) {
        return egg.dockerImage() != null ? egg.dockerImage() : defaults.dockerImage();
    }

    private static String startup(EggSetup egg, EggDefaults defaults) {
        return egg.startup() != null ? egg.startup() : defaults.startup();
    }

    private static ResourceLimits resources(ServerLimits limits) {
        return new ResourceLimits((int) limits.memory(), (int) limits.swap(), (int) limits.disk(), limits.io(), limits.cpu(),
                limits.cpuPinning());
    }

    private static FeatureLimits features(ServerLimits limits) {
        return new FeatureLimits(limits.databases(), limits.allocations(), limits.backups());
    }

    private <T> T application(Function<ApplicationApi, T> call) {
        return connection.withApplicationKey(call);
    }

    private void change(Consumer<ApplicationApi> call) {
        connection.withApplicationKey(api -> {
            call.accept(api);
            return null;
        });
    }

    private static ServerInfo info(Server server) {
        String address = null;
        if (server.relationships() != null && server.relationships().allocations() != null) {
            address = server.relationships().allocations().stream().filter(a -> a.id() == server.allocation()).findFirst()
                    .map(a -> address(a.alias(), a.ip(), a.port())).orElse(null);
        }
        String status = server.status();
        return new ServerInfo(server.id(), server.externalId(), server.identifier(), server.uuid(), server.name(),
                server.node(), server.user(), server.egg(), address, "installing".equals(status),
                "install_failed".equals(status), server.suspended(),
                server.container() == null || server.container().environment() == null ? Map.of() : server.container().environment(),
                limits(server));
    }

    /** The server's limits as Pterodactyl holds them; a feature limit it leaves unset counts as none. */
    private static ServerLimits limits(Server server) {
        var resources = server.limits();
        var features = server.featureLimits();
        if (resources == null) {
            return null;
        }
        return new ServerLimits(resources.memory(), resources.swap(), resources.disk(), resources.io(), resources.cpu(),
                resources.threads(), features == null ? 0 : orNone(features.databases()),
                features == null ? 0 : orNone(features.allocations()), features == null ? 0 : orNone(features.backups()));
    }

    private static int orNone(Integer limit) {
        return limit == null ? 0 : limit;
    }

    /** How customers connect: the port's alias (a hostname) when it has one, else its IP. */
    static String address(String alias, String ip, int port) {
        return (alias != null ? alias : ip) + ":" + port;
    }

    public record EggDefaults(String dockerImage, String startup) {
    }

    private record CachedEgg(EggDefaults defaults, Instant readAt) {
    }

    /**
     * What the billing side needs to know of a Pterodactyl server; {@code address} only when its ports were read,
     * {@code limits} what Pterodactyl enforces on it.
     */
    public record ServerInfo(int id, String externalId, String identifier, String uuid, String name, int nodeId, int userId,
                             int eggId, String address, boolean installing, boolean installFailed, boolean suspended,
                             Map<String, String> environment, ServerLimits limits) {

        ServerInfo withAddress(String value) {
            return new ServerInfo(id, externalId, identifier, uuid, name, nodeId, userId, eggId, value, installing,
                    installFailed, suspended, environment, limits);
        }
    }
}
