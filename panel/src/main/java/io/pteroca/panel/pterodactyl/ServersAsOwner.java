package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.setting.SecretCipher;
import io.pteroca.pterodactyl.client.ClientApi;
import io.pteroca.pterodactyl.client.ClientServersApi;
import io.pteroca.pterodactyl.client.model.ActivityLog;
import io.pteroca.pterodactyl.client.model.ClientServer;
import io.pteroca.pterodactyl.client.model.NewBackup;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * What is done to a running server on its owner's behalf, with the owner's own client key: power, console, files,
 * backups, ports, databases, schedules, startup, settings, subusers and the activity log. Callers check the
 * viewer's permissions first. Failures are {@link PterodactylFailure}s, also when the owner is not linked yet.
 */
@Service
public class ServersAsOwner {

    private static final int ACTIVITY_PAGE = 100;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ServersAsOwner.class);

    private final PterodactylConnection connection;
    private final PterodactylSettings settings;
    private final PterodactylAccounts accounts;
    private final SecretCipher cipher;
    private final AccountLinker linker;

    ServersAsOwner(PterodactylConnection connection, PterodactylSettings settings, PterodactylAccounts accounts,
                   SecretCipher cipher, AccountLinker linker) {
        this.linker = linker;
        this.connection = connection;
        this.settings = settings;
        this.accounts = accounts;
        this.cipher = cipher;
    }

    /** What the server is doing (offline, starting, running, stopping); empty when the owner is not linked. */
    public Optional<String> powerState(long owner, String identifier) {
        return clientOf(owner).map(client -> Failures.call(() -> client.servers().resources(identifier).currentState()));
    }

    /** Sends a power signal: start, stop, restart or kill. */
    public void power(long owner, String identifier, String signal) {
        doAs(owner, client -> client.servers().power(identifier,
                ClientServersApi.PowerSignal.valueOf(signal.toUpperCase(Locale.ROOT))));
    }

    /**
     * Wings' websocket address and a token for this server, minted for this account's own Pterodactyl user: the
     * owner's for the panel's relay, the viewer's own when browsers connect to Wings directly.
     */
    public ConsoleCredentials console(long accountId, String identifier) {
        return as(accountId, client -> {
            var credentials = client.servers().websocket(identifier);
            return new ConsoleCredentials(credentials.token(), credentials.socket());
        });
    }

    /** Pterodactyl's own origin (scheme, host, port): Wings accepts websockets from it. */
    public String panelOrigin() {
        URI url = URI.create(settings.url());
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    /** Writes a file of the server (e.g. eula.txt), making it and its folders when missing. */
    public void writeFile(long owner, String identifier, String path, String content) {
        doAs(owner, client -> client.files().write(identifier, path, content));
    }

    /** A folder's entries ({@code directory} from the server's root, e.g. "/plugins"), folders first. */
    public List<FileEntry> files(long owner, String identifier, String directory) {
        return as(owner, client -> client.files().list(identifier, directory).stream().map(FileEntry::of).toList());
    }

    /** A file's text (Pterodactyl refuses files over its editor limit). */
    public String fileText(long owner, String identifier, String path) {
        return as(owner, client -> client.files().contents(identifier, path));
    }

    public void createFolder(long owner, String identifier, String directory, String name) {
        doAs(owner, client -> client.files().createFolder(identifier, directory, name));
    }

    /** Renames or moves {@code from} to {@code to}, both relative to {@code directory}. */
    public void moveFile(long owner, String identifier, String directory, String from, String to) {
        doAs(owner, client -> client.files().rename(identifier, directory, from, to));
    }

    /** Copies a file beside itself ("name copy.ext"). */
    public void copyFile(long owner, String identifier, String path) {
        doAs(owner, client -> client.files().copy(identifier, path));
    }

    /** Deletes the named files and folders of {@code directory}, folders with everything in them. */
    public void deleteFiles(long owner, String identifier, String directory, List<String> names) {
        doAs(owner, client -> client.files().delete(identifier, directory, names));
    }

    /** {@code mode}: octal digits, e.g. "644". */
    public void changeMode(long owner, String identifier, String directory, String name, String mode) {
        doAs(owner, client -> client.files().chmod(identifier, directory, name, mode));
    }

    /** Packs the named entries of {@code directory} into a new archive there; returns its name. */
    public String compress(long owner, String identifier, String directory, List<String> names) {
        return as(owner, client -> client.files().compress(identifier, directory, names).name());
    }

    public void decompress(long owner, String identifier, String directory, String name) {
        doAs(owner, client -> client.files().decompress(identifier, directory, name));
    }

    /** Wings downloads the URL into {@code directory}. */
    public void pull(long owner, String identifier, String url, String directory) {
        doAs(owner, client -> client.files().pull(identifier, url, directory, null));
    }

    /** A short-lived one-time link from which the browser downloads the file straight from Wings. */
    public String fileDownloadUrl(long owner, String identifier, String path) {
        return as(owner, client -> client.files().downloadUrl(identifier, path));
    }

    /**
     * Streams one file into {@code directory} through Wings' signed upload link: read from {@code content} while
     * sent, never held whole. {@code length} is its exact size.
     */
    public void uploadFile(long owner, String identifier, String directory, String name, Supplier<InputStream> content,
                           long length) {
        doAs(owner, client -> client.files().upload(client.files().uploadUrl(identifier), directory, name, content, length));
    }

    /** The server's backups, newest first. */
    public List<BackupInfo> backups(long owner, String identifier) {
        return as(owner, client -> client.backups().stream(identifier).map(BackupInfo::of).toList());
    }

    /** {@code name} null lets Pterodactyl name it; {@code ignored}: newline-separated patterns of files to leave out, or null. */
    public void createBackup(long owner, String identifier, String name, String ignored) {
        doAs(owner, client -> client.backups().create(identifier, new NewBackup(name, null, ignored)));
    }

    /** A locked backup cannot be deleted until it is unlocked. */
    public void toggleBackupLock(long owner, String identifier, String backup) {
        doAs(owner, client -> client.backups().toggleLock(identifier, backup));
    }

    /** With {@code truncate}, the server's files are deleted first. */
    public void restoreBackup(long owner, String identifier, String backup, boolean truncate) {
        doAs(owner, client -> client.backups().restore(identifier, backup, truncate));
    }

    public void deleteBackup(long owner, String identifier, String backup) {
        doAs(owner, client -> client.backups().delete(identifier, backup));
    }

    /** A short-lived link from which the browser downloads the backup. */
    public String backupDownloadUrl(long owner, String identifier, String backup) {
        return as(owner, client -> client.backups().downloadUrl(identifier, backup));
    }

    /** The server's ports, the primary one included. */
    public List<PortInfo> ports(long owner, String identifier) {
        return as(owner, client -> client.network().list(identifier).stream().map(PortInfo::of).toList());
    }

    /** Gives the server one more free port of its node. */
    public PortInfo addPort(long owner, String identifier) {
        return as(owner, client -> PortInfo.of(client.network().assign(identifier)));
    }

    /** {@code notes} null clears them. */
    public void setPortNotes(long owner, String identifier, int port, String notes) {
        doAs(owner, client -> client.network().setNotes(identifier, port, notes));
    }

    public PortInfo makePrimary(long owner, String identifier, int port) {
        return as(owner, client -> PortInfo.of(client.network().makePrimary(identifier, port)));
    }

    public void deletePort(long owner, String identifier, int port) {
        doAs(owner, client -> client.network().delete(identifier, port));
    }

    /** The server's databases; with {@code passwords}, their passwords too. */
    public List<DatabaseInfo> databases(long owner, String identifier, boolean passwords) {
        return as(owner, client -> client.databases().list(identifier, passwords).stream().map(DatabaseInfo::of).toList());
    }

    /** {@code remote}: the hosts it accepts connections from ("%" for any). */
    public void createDatabase(long owner, String identifier, String name, String remote) {
        doAs(owner, client -> client.databases().create(identifier, name, remote));
    }

    public void rotateDatabasePassword(long owner, String identifier, String database) {
        doAs(owner, client -> client.databases().rotatePassword(identifier, database));
    }

    public void deleteDatabase(long owner, String identifier, String database) {
        doAs(owner, client -> client.databases().delete(identifier, database));
    }

    public List<ScheduleInfo> schedules(long owner, String identifier) {
        return as(owner, client -> client.schedules().list(identifier).stream().map(ScheduleInfo::of).toList());
    }

    /** {@link PterodactylNotFound} when the server has no such schedule. */
    public ScheduleInfo schedule(long owner, String identifier, int schedule) {
        return as(owner, client -> ScheduleInfo.of(client.schedules().get(identifier, schedule)));
    }

    public ScheduleInfo createSchedule(long owner, String identifier, ScheduleChange schedule) {
        return as(owner, client -> ScheduleInfo.of(client.schedules().create(identifier, schedule.spec())));
    }

    public void updateSchedule(long owner, String identifier, int schedule, ScheduleChange change) {
        doAs(owner, client -> client.schedules().update(identifier, schedule, change.spec()));
    }

    /** Runs the schedule's tasks now. */
    public void runSchedule(long owner, String identifier, int schedule) {
        doAs(owner, client -> client.schedules().execute(identifier, schedule));
    }

    public void deleteSchedule(long owner, String identifier, int schedule) {
        doAs(owner, client -> client.schedules().delete(identifier, schedule));
    }

    public void addTask(long owner, String identifier, int schedule, TaskChange task) {
        doAs(owner, client -> client.schedules().createTask(identifier, schedule, task.spec()));
    }

    public void updateTask(long owner, String identifier, int schedule, int task, TaskChange change) {
        doAs(owner, client -> client.schedules().updateTask(identifier, schedule, task, change.spec()));
    }

    public void deleteTask(long owner, String identifier, int schedule, int task) {
        doAs(owner, client -> client.schedules().deleteTask(identifier, schedule, task));
    }

    /** At least the newest {@code wanted} entries of the server's activity log (all, if it has fewer). */
    public RecentActivity activity(long owner, String identifier, int wanted) {
        return as(owner, client -> {
            ListQuery query = ListQuery.none().sort("-timestamp").perPage(ACTIVITY_PAGE);
            List<ActivityEntry> entries = new ArrayList<>();
            for (int number = 1; ; number++) {
                Page<ActivityLog> page = client.activity().serverPage(identifier, query.page(number));
                page.items().forEach(entry -> entries.add(ActivityEntry.of(entry)));
                if (entries.size() >= wanted || !page.hasNextPage() || page.items().isEmpty()) {
                    return new RecentActivity(entries, page.pagination() == null ? entries.size() : page.pagination().total());
                }
            }
        });
    }

    public StartupDetails startup(long owner, String identifier) {
        return as(owner, client -> StartupDetails.of(client.startup().get(identifier)));
    }

    /** Pterodactyl checks the value against the egg's rules too. */
    public void changeVariable(long owner, String identifier, String variable, String value) {
        doAs(owner, client -> client.startup().updateVariable(identifier, variable, value));
    }

    /** The docker image the server runs now. */
    public String currentImage(long owner, String identifier) {
        return as(owner, client -> server(client, identifier).dockerImage());
    }

    public void changeImage(long owner, String identifier, String image) {
        doAs(owner, client -> client.settings().dockerImage(identifier, image));
    }

    public void rename(long owner, String identifier, String name) {
        doAs(owner, client -> client.settings().rename(identifier, name, null));
    }

    /** Runs the egg's install script again on the same egg. */
    public void reinstall(long owner, String identifier) {
        doAs(owner, client -> client.settings().reinstall(identifier));
    }

    /** The node's SFTP address and this account's login for the server ({@code <its Pterodactyl username>.<identifier>}). */
    public SftpLogin sftp(long owner, long accountId, String identifier) {
        ClientServer.SftpDetails details = as(owner, client -> server(client, identifier).sftpDetails());
        return new SftpLogin(details.ip(), details.port(),
                accounts.usernameOf(accountId).map(name -> name + "." + identifier).orElse(null));
    }

    /** Shares the server with the Pterodactyl user of this e-mail; returns the subuser's uuid. */
    public String addSubuser(long owner, String identifier, String email, List<String> permissions) {
        return as(owner, client -> client.subusers().create(identifier, email, permissions).uuid());
    }

    /** Everyone the server is shared with, in one call. */
    public List<SubuserInfo> subusers(long owner, String identifier) {
        return as(owner, client -> client.subusers().list(identifier).stream().map(SubuserInfo::of).toList());
    }

    /** {@link PterodactylNotFound} when the subuser is gone from Pterodactyl. */
    public void changeSubuser(long owner, String identifier, String subuser, List<String> permissions) {
        doAs(owner, client -> client.subusers().updatePermissions(identifier, subuser, permissions));
    }

    /** Stops sharing; a subuser already gone counts as removed. */
    public void removeSubuser(long owner, String identifier, String subuser) {
        doAs(owner, client -> {
            try {
                client.subusers().delete(identifier, subuser);
            } catch (NotFoundException alreadyGone) {
                // Nothing left to remove.
            }
        });
    }

    private static ClientServer server(ClientApi client, String identifier) {
        return client.servers().get(identifier).server();
    }

    private <T> T as(long accountId, Function<ClientApi, T> call) {
        ClientApi client = clientOf(accountId).orElseThrow(
                () -> new PterodactylFailure("the owner's Pterodactyl account is not linked", null, false));
        return Failures.call(() -> call.apply(client));
    }

    private void doAs(long accountId, Consumer<ClientApi> call) {
        as(accountId, client -> {
            call.accept(client);
            return null;
        });
    }

    /**
     * The client API as this account's Pterodactyl user, with its own key; empty while it is not linked. A user linked
     * on Pelican without our plugin has no key: the root admin's fallback key acts instead when the admin allowed it.
     */
    private Optional<ClientApi> clientOf(long accountId) {
        return accounts.linked(accountId).map(link -> connection.client(keyOf(link)));
    }

    private String keyOf(PterodactylLink link) {
        if (link.sealedClientKey() != null) {
            return cipher.decrypt(link.sealedClientKey());
        }
        return linker.mintMissingKey(link.accountId()).or(settings::pelicanAdminClientKey).orElseThrow(() -> {
            log.error("Account {} has no client key (Pelican without the PteroCA plugin) and the admin key fallback is off",
                    link.accountId());
            return new ManagementUnavailable();
        });
    }
}
