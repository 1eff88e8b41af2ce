package io.pteroca.emulator.state;

/** Tunables of the emulated panel; mutable so tests can change them between calls. */
public final class EmulatorSettings {
    public String panelUrl = "http://127.0.0.1:8080";
    public long installDelayMs = 1000;
    public int applicationRateLimit = 240;
    public int clientRateLimit = 720;
    public long rateWindowMs = 60_000;
    public int backupThrottleCount = 2;
    public long backupThrottleWindowSeconds = 600;
    public boolean clientAllocationsEnabled = true;
    public int clientAllocationRangeStart = 25565;
    public int clientAllocationRangeEnd = 25600;
    public long resourcesCacheSeconds = 20;
    public String wingsHost = "127.0.0.1";
    public int wingsPort = 8443;
    /** How long the simulated Wings takes from starting to running, and from stopping to offline. */
    public long powerDelayMs = 1000;
    /** Origins Wings accepts for the websocket besides the panel URL (Wings' allowed_origins; "*" allows any). */
    public java.util.List<String> allowedOrigins = new java.util.concurrent.CopyOnWriteArrayList<>();
    public AddonMode addonMode = AddonMode.OURS;
    /** The addon's PTEROCA_SSO_SECRET; null or blank: single sign-on is off (503). */
    public String ssoSecret;
    /** PTEROCA_SSO_ISSUER, the billing panel's URL that a token's iss must name. */
    public String ssoIssuer;
    /** PTEROCA_SSO_AUDIENCE, what a token's aud must name; null means the panel URL (the addon's APP_URL default). */
    public String ssoAudience;
    public boolean ssoAllowRootAdmin;
    public boolean ssoAllowTwoFactorUsers;

    /** Which panel is emulated: Pterodactyl 1.11.8, or Pelican v1.0.0-beta38 with our plugin. */
    public Flavor flavor = Flavor.PTERODACTYL;

    public enum AddonMode { OURS, ORIGINAL }

    public enum Flavor { PTERODACTYL, PELICAN }
}
