package io.pteroca.pterodactyl.client;

import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.http.ClientSettings;
import io.pteroca.pterodactyl.http.RateLimit;

/** The client API ({@code ptlc_} key: identifier + secret token, 48 characters). */
public final class ClientApi {

    private final AccountApi account;
    private final ClientServersApi servers;
    private final StartupApi startup;
    private final SettingsApi settings;
    private final BackupsApi backups;
    private final DatabasesApi databases;
    private final SchedulesApi schedules;
    private final NetworkApi network;
    private final SubusersApi subusers;
    private final ActivityApi activity;
    private final FilesApi files;

    public ClientApi(ClientSettings clientSettings) {
        ApiTransport transport = new ApiTransport(clientSettings, RateLimit.clientDefault());
        this.account = new AccountApi(transport);
        this.servers = new ClientServersApi(transport);
        this.startup = new StartupApi(transport);
        this.settings = new SettingsApi(transport);
        this.backups = new BackupsApi(transport);
        this.databases = new DatabasesApi(transport);
        this.schedules = new SchedulesApi(transport);
        this.network = new NetworkApi(transport);
        this.subusers = new SubusersApi(transport);
        this.activity = new ActivityApi(transport);
        this.files = new FilesApi(transport);
    }

    public AccountApi account() {
        return account;
    }

    public ClientServersApi servers() {
        return servers;
    }

    public StartupApi startup() {
        return startup;
    }

    public SettingsApi settings() {
        return settings;
    }

    public BackupsApi backups() {
        return backups;
    }

    public DatabasesApi databases() {
        return databases;
    }

    public SchedulesApi schedules() {
        return schedules;
    }

    public NetworkApi network() {
        return network;
    }

    public SubusersApi subusers() {
        return subusers;
    }

    public ActivityApi activity() {
        return activity;
    }

    public FilesApi files() {
        return files;
    }
}
