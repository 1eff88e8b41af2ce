package io.pteroca.emulator.state;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.pteroca.emulator.http.ApiException;
import io.pteroca.emulator.http.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the emulated panel knows, in memory. Ids come from per-table sequences like the
 * panel's auto-increment columns. Callers synchronise on this object (the HTTP layer does).
 */
public final class EmulatorState {

    private static final String ALPHANUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public final Map<Long, User> users = new LinkedHashMap<>();
    public final Map<Long, ApiKey> apiKeys = new LinkedHashMap<>();
    public final Map<Long, Location> locations = new LinkedHashMap<>();
    public final Map<Long, Node> nodes = new LinkedHashMap<>();
    public final Map<Long, Allocation> allocations = new LinkedHashMap<>();
    public final Map<Long, Nest> nests = new LinkedHashMap<>();
    public final Map<Long, Egg> eggs = new LinkedHashMap<>();
    public final Map<Long, Server> servers = new LinkedHashMap<>();
    public final Map<Long, Backup> backups = new LinkedHashMap<>();
    public final Map<Long, DatabaseHost> databaseHosts = new LinkedHashMap<>();
    public final Map<Long, Database> databases = new LinkedHashMap<>();
    public final Map<Long, Schedule> schedules = new LinkedHashMap<>();
    public final Map<Long, Subuser> subusers = new LinkedHashMap<>();
    public final List<ActivityLog> activity = new ArrayList<>();
    /**
     * What {@link #tick()} may have to finish, soonest first, so that a tick (one per request) does not walk every
     * server and backup: the mass benchmarks hold tens of thousands of servers.
     */
    private final PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparing(Due::at));

    /** Work that comes due at {@code at}, unless {@code current} says it was called off or replaced meanwhile. */
    private record Due(Instant at, BooleanSupplier current, Runnable finish) {
    }
    /** Each server's files, per server uuid. */
    public final Map<String, FileTree> files = new HashMap<>();

    private final Map<String, Long> sequences = new HashMap<>();
    private final List<Runnable> tickHooks = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final EmulatorSettings settings;

    public EmulatorState(Clock clock, EmulatorSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** Whether the emulated panel is Pelican rather than Pterodactyl. */
    public boolean pelican() {
        return settings.flavor == EmulatorSettings.Flavor.PELICAN;
    }

    public EmulatorSettings settings() {
        return settings;
    }

    public long nextId(String table) {
        long next = sequences.getOrDefault(table, 0L) + 1;
        sequences.put(table, next);
        return next;
    }

    /** Moves an auto-increment forward, like rows used and deleted by an earlier run. */
    public void skipIdsTo(String table, long nextId) {
        sequences.put(table, Math.max(sequences.getOrDefault(table, 0L), nextId - 1));
    }

    public String randomString(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHANUM.charAt(random.nextInt(ALPHANUM.length())));
        }
        return sb.toString();
    }

    public int randomInt(int bound) {
        return random.nextInt(bound);
    }

    public String uuid() {
        return UUID.randomUUID().toString();
    }

    // ---- users and keys ----

    public User createUser(String email, String username, String firstName, String lastName, String password, boolean admin) {
        User user = new User();
        user.id = nextId("users");
        user.uuid = uuid();
        user.email = email;
        user.username = username;
        user.firstName = firstName;
        user.lastName = lastName;
        user.password = password;
        user.rootAdmin = admin;
        user.createdAt = now();
        user.updatedAt = user.createdAt;
        users.put(user.id, user);
        return user;
    }

    public ApiKey createKey(User owner, ApiKey.Type type, String description, List<String> allowedIps) {
        ApiKey key = new ApiKey();
        key.id = nextId("api_keys");
        key.type = type;
        key.userId = owner.id;
        String prefix = pelican() ? (type == ApiKey.Type.APPLICATION ? "papp_" : "pacc_")
                : (type == ApiKey.Type.APPLICATION ? "ptla_" : "ptlc_");
        key.identifier = prefix + randomString(11);
        key.secret = randomString(32);
        key.description = description;
        key.allowedIps = new ArrayList<>(allowedIps);
        key.createdAt = now();
        apiKeys.put(key.id, key);
        return key;
    }

    public ApiKey createApplicationKey(User owner, String description, int bits) {
        ApiKey key = createKey(owner, ApiKey.Type.APPLICATION, description, List.of());
        for (String resource : List.of("servers", "nodes", "allocations", "users", "locations", "nests", "eggs",
                "database_hosts", "server_databases", "roles", "plugins")) {
            key.permissions.put(resource, bits);
        }
        return key;
    }

    public Optional<ApiKey> keyByToken(String token) {
        if (token == null || token.length() != 48) {
            return Optional.empty();
        }
        String identifier = token.substring(0, 16);
        String secret = token.substring(16);
        return apiKeys.values().stream()
                .filter(k -> k.identifier.equals(identifier) && k.secret.equals(secret))
                .findFirst();
    }

    public Optional<User> userByEmail(String email) {
        return users.values().stream().filter(u -> u.email.equalsIgnoreCase(email)).findFirst();
    }

    public void deleteUser(User user) {
        users.remove(user.id);
        apiKeys.values().removeIf(k -> k.userId == user.id);
        subusers.values().removeIf(s -> s.userId == user.id);
    }

    // ---- lookups ----

    /** The row, or the panel's 404 when there is none. */
    private static <T> T found(T row) {
        if (row == null) {
            throw ApiException.notFound();
        }
        return row;
    }

    public User user(long id) {
        return found(users.get(id));
    }

    public Server server(long id) {
        return found(servers.get(id));
    }

    public Optional<Server> serverByIdentifier(String identifier) {
        return servers.values().stream()
                .filter(s -> s.identifier().equals(identifier) || s.uuid.equals(identifier))
                .findFirst();
    }

    public Node node(long id) {
        return found(nodes.get(id));
    }

    public Egg egg(long id) {
        return found(eggs.get(id));
    }

    public List<Allocation> allocationsOf(Server server) {
        return allocations.values().stream().filter(a -> a.serverId != null && a.serverId == server.id).toList();
    }

    public Location locationOfNode(long nodeId) {
        return locations.get(node(nodeId).locationId);
    }

    public List<Server> serversOnNode(long nodeId) {
        return servers.values().stream().filter(s -> s.nodeId == nodeId).toList();
    }

    public Optional<Subuser> subuser(Server server, long userId) {
        return subusers.values().stream().filter(s -> s.serverId == server.id && s.userId == userId).findFirst();
    }

    public List<Backup> backupsOf(Server server) {
        return backups.values().stream().filter(b -> b.serverId == server.id && !b.deleted).toList();
    }

    /** The server's files by absolute path ("/eula.txt"), created empty on first use. */
    public FileTree filesOf(Server server) {
        return filesOf(server.uuid);
    }

    public FileTree filesOf(String serverUuid) {
        return files.computeIfAbsent(serverUuid, k -> new FileTree(this::now));
    }

    public List<Database> databasesOf(Server server) {
        return databases.values().stream().filter(d -> d.serverId == server.id).toList();
    }

    // ---- activity ----

    public ActivityLog log(String event, User actor, Server server, boolean isApi, Consumer<ObjectNode> properties) {
        ActivityLog entry = new ActivityLog();
        entry.id = randomHex(40);
        entry.event = event;
        entry.isApi = isApi;
        entry.ip = actor == null ? null : "127.0.0.1";
        entry.actorId = actor == null ? null : actor.id;
        entry.serverId = server == null ? null : server.id;
        entry.properties = Json.object();
        if (properties != null) {
            properties.accept(entry.properties);
        }
        entry.timestamp = now();
        activity.add(entry);
        return entry;
    }

    public String randomHex(int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(Integer.toHexString(random.nextInt(16)));
        }
        return sb.toString();
    }

    // ---- time-driven work of the simulated Wings ----

    /** Work that runs after each {@link #tick()}, such as the simulated Wings' power state machine. */
    public void onTick(Runnable hook) {
        tickHooks.add(hook);
    }

    /** The server's install, reinstall or restore finishes after the install delay. */
    public void finishLater(Server server) {
        Instant at = clock.instant().plus(installDelay());
        server.pendingDoneAt = at;
        due.add(new Due(at, () -> servers.get(server.id) == server && at.equals(server.pendingDoneAt),
                () -> finishPending(server)));
    }

    /** The backup completes after the install delay. */
    public void completeLater(Backup backup) {
        Instant at = clock.instant().plus(installDelay());
        backup.completesAt = at;
        due.add(new Due(at, () -> backups.get(backup.id) == backup && at.equals(backup.completesAt),
                () -> finishBackup(backup)));
    }

    /** Completes installs, restores and backups whose time has come, oldest first, then runs the tick hooks. */
    public void tick() {
        Instant now = clock.instant();
        List<Due> ready = new ArrayList<>();
        while (!due.isEmpty() && !due.peek().at().isAfter(now)) {
            ready.add(due.poll());
        }
        for (Due work : ready) {
            if (work.current().getAsBoolean()) {
                work.finish().run();
            }
        }
        tickHooks.forEach(Runnable::run);
    }

    private void finishPending(Server server) {
        Instant at = server.pendingDoneAt;
        server.pendingDoneAt = null;
        if (Server.RESTORING.equals(server.status)) {
            server.status = null;
            Backup backup = server.restoringFrom;
            server.restoringFrom = null;
            if (backup != null) {
                Map<String, String> files = filesOf(server);
                if (server.restoreTruncates) {
                    files.clear();
                }
                backup.files.forEach((path, content) -> files.put("/" + path, content));
            }
            ActivityLog entry = log("server:backup.restore-complete", null, server, false,
                    p -> p.put("name", backup == null ? null : backup.name));
            entry.timestamp = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        } else if (Server.INSTALLING.equals(server.status)) {
            server.status = null;
            server.installedOnce = true;
        }
    }

    /** Wings archives the server's files as they are now, less the ignored ones, and reports size and checksum. */
    private void finishBackup(Backup backup) {
        Instant at = backup.completesAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        backup.completesAt = null;
        Server server = servers.get(backup.serverId);
        backup.files = BackupArchive.kept(server == null ? Map.of() : filesOf(server), backup.ignoredFiles);
        backup.archive = BackupArchive.tarGz(backup.files, at);
        backup.successful = true;
        backup.bytes = backup.archive.length;
        backup.checksum = BackupArchive.checksum(backup.archive);
        backup.completedAt = at;
        if (server != null && !backup.deleted) {
            ActivityLog entry = log("server:backup.complete", null, server, false, p -> p.put("name", backup.name));
            entry.timestamp = at;
        }
    }

    /** Finishes every pending install, restore and backup at once, whatever the clock says. */
    public void finishAllPending() {
        servers.values().forEach(s -> {
            if (s.pendingDoneAt != null) {
                finishPending(s);
            }
        });
        backups.values().forEach(b -> {
            if (b.completesAt != null) {
                finishBackup(b);
            }
        });
    }

    public Duration installDelay() {
        return Duration.ofMillis(settings.installDelayMs);
    }
}
