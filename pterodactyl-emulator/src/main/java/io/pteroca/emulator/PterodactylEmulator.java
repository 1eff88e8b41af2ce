package io.pteroca.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import io.pteroca.emulator.addon.AddonApi;
import io.pteroca.emulator.application.ApplicationApi;
import io.pteroca.emulator.client.ClientApi;
import io.pteroca.emulator.http.AdminEndpoint;
import io.pteroca.emulator.http.ApiDispatcher;
import io.pteroca.emulator.http.CallCounter;
import io.pteroca.emulator.http.EmulatorHttpServer;
import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.emulator.http.RateLimiter;
import io.pteroca.emulator.http.Router;
import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.emulator.state.EmulatorState;
import io.pteroca.emulator.state.Seeder;
import io.pteroca.emulator.web.WebPanel;
import io.pteroca.emulator.wings.WingsSimulator;
import io.pteroca.emulator.wings.WingsSocketServer;

/**
 * An in-memory Pterodactyl Panel 1.11.8 (+ PteroCA addon), or Pelican Panel v1.0.0-beta38 (+ PteroCA plugin) with
 * {@link Builder#flavor}, and its Wings on local ports. Build with
 * {@link #builder()}, {@link #start()}, then point a client at {@link #baseUrl()} with
 * {@link #applicationKey()}.
 */
public final class PterodactylEmulator implements AutoCloseable {

    private final EmulatorState state;
    private final WingsSimulator wings;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults = new FaultInjector();
    private final CallCounter counter = new CallCounter();
    private final ApiKey applicationKey;
    private final EmulatorHttpServer http;
    private final WingsSocketServer wingsSocket;

    private PterodactylEmulator(Builder builder) {
        this.state = new EmulatorState(builder.clock, builder.settings);
        this.wings = new WingsSimulator(state);
        this.rateLimiter = new RateLimiter(builder.clock);
        try {
            // Bound first, so that node 1 is seeded with the port Wings really listens on.
            boolean wildcard = builder.host.equals("0.0.0.0") || builder.host.equals("::");
            this.wingsSocket = new WingsSocketServer(wildcard ? builder.host : builder.settings.wingsHost, builder.wingsPort, state, wings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builder.settings.wingsPort = wingsSocket.port();
        state.onTick(wingsSocket::tick);
        this.applicationKey = Seeder.seed(state, builder.firstPort, builder.lastPort);
        Router router = new Router();
        new AddonApi(state).register(router);
        new ApplicationApi(state).register(router);
        new ClientApi(state, wings).register(router);
        new io.pteroca.emulator.client.AccountKeysApi(state).register(router);
        ApiDispatcher dispatcher = new ApiDispatcher(state, router, rateLimiter);
        try {
            this.http = new EmulatorHttpServer(builder.host, builder.port, dispatcher, new WebPanel(state, wings),
                    new AdminEndpoint(counter, faults, applicationKey::token), faults, counter);
        } catch (IOException e) {
            wingsSocket.close();
            throw new UncheckedIOException(e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public PterodactylEmulator start() {
        http.start();
        if (state.settings().panelUrl == null) {
            state.settings().panelUrl = baseUrl();
        }
        wingsSocket.start();
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.port();
    }

    public int port() {
        return http.port();
    }

    /** The port of the simulated Wings (its websocket); node 1 advertises it as its daemon port. */
    public int wingsPort() {
        return wingsSocket.port();
    }

    /** The Wings websocket endpoint, for counting connections and ticking it directly. */
    public WingsSocketServer wingsSocket() {
        return wingsSocket;
    }

    /** The seeded root admin's application key (48 characters, read and write on everything). */
    public String applicationKey() {
        return applicationKey.token();
    }

    /** The state, for arranging and inspecting; synchronise on it while the server runs. */
    public EmulatorState state() {
        return state;
    }

    public EmulatorSettings settings() {
        return state.settings();
    }

    public WingsSimulator wings() {
        return wings;
    }

    public FaultInjector faults() {
        return faults;
    }

    public CallCounter counters() {
        return counter;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** Runs due work (installs, backups, restores) now; the HTTP layer also does this on every call. */
    public void tick() {
        synchronized (state) {
            state.tick();
        }
    }

    /** Finishes every pending install, backup and restore now, whatever the clock says. */
    public void finishPending() {
        synchronized (state) {
            state.finishAllPending();
        }
    }

    @Override
    public void close() {
        wingsSocket.close();
        http.stop();
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private Clock clock = Clock.systemUTC();
        private final EmulatorSettings settings = new EmulatorSettings();
        private int firstPort = 25565;
        private int lastPort = 25575;
        private int wingsPort;

        private Builder() {
            settings.panelUrl = null;
        }

        /** The HTTP port of the panel's API and pages; 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to listen on (default 127.0.0.1); 0.0.0.0 or :: also opens the Wings port to the network. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Where time comes from: installs, power changes, tokens and rate windows all follow it. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The panel URL printed in links and token issuers; defaults to the emulator's own address. */
        public Builder panelUrl(String url) {
            settings.panelUrl = url;
            return this;
        }

        /** The port of the simulated Wings and its websocket; 0 (the default) picks a free port. */
        public Builder wingsPort(int port) {
            this.wingsPort = port;
            return this;
        }

        /** How long a start takes to reach running, and a stop to reach offline (default 1000 ms of the clock). */
        public Builder powerDelayMillis(long millis) {
            settings.powerDelayMs = millis;
            return this;
        }

        /**
         * Origins the websocket accepts besides the panel URL, like Wings' allowed_origins ("*" allows any).
         * A browser on another panel (the billing panel) needs its own origin here.
         */
        public Builder allowedOrigins(String... origins) {
            settings.allowedOrigins.addAll(java.util.List.of(origins));
            return this;
        }

        /** How long the simulated Wings takes to report an install, reinstall, backup or restore done (default 1000 ms). */
        public Builder installDelayMillis(long millis) {
            settings.installDelayMs = millis;
            return this;
        }

        /** Application API requests allowed per user in each rate window (default 240). */
        public Builder applicationRateLimit(int limit) {
            settings.applicationRateLimit = limit;
            return this;
        }

        /** Client API requests allowed per user in each rate window (default 720). */
        public Builder clientRateLimit(int limit) {
            settings.clientRateLimit = limit;
            return this;
        }

        /** The length of the fixed rate-limit window (default a minute). */
        public Builder rateWindowMillis(long millis) {
            settings.rateWindowMs = millis;
            return this;
        }

        /**
         * Switches the addon's single sign-on on: the shared secret (PTEROCA_SSO_SECRET) and the billing panel's URL
         * that tokens must name as issuer (PTEROCA_SSO_ISSUER). Without a secret /pteroca/authorize answers 503.
         */
        public Builder singleSignOn(String secret, String issuer) {
            settings.ssoSecret = secret;
            settings.ssoIssuer = issuer;
            return this;
        }

        /**
         * Which panel to be: Pterodactyl 1.11.8 (the default) or Pelican v1.0.0-beta38 with our plugin, which also
         * sets Pelican's rate limits (256 a minute for both APIs); call the rate-limit setters after this to change them.
         */
        public Builder flavor(EmulatorSettings.Flavor flavor) {
            settings.flavor = flavor;
            if (flavor == EmulatorSettings.Flavor.PELICAN) {
                settings.applicationRateLimit = 256;
                settings.clientRateLimit = 256;
            }
            return this;
        }

        /** Which addon the panel has: ours (the default) or the official 0.1.2 with its recorded quirks. */
        public Builder addonMode(EmulatorSettings.AddonMode mode) {
            settings.addonMode = mode;
            return this;
        }

        /** Client backups allowed per server within the window; the next one answers 429 (default 2 in 600 s). */
        public Builder backupThrottle(int count, long windowSeconds) {
            settings.backupThrottleCount = count;
            settings.backupThrottleWindowSeconds = windowSeconds;
            return this;
        }

        /** The node's seeded allocations, first to last port inclusive. */
        public Builder allocationPorts(int first, int last) {
            this.firstPort = first;
            this.lastPort = last;
            return this;
        }

        public PterodactylEmulator build() {
            return new PterodactylEmulator(this);
        }
    }
}
