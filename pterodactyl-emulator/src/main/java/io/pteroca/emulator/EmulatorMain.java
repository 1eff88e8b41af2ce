package io.pteroca.emulator;

import java.util.Locale;

import io.pteroca.emulator.state.EmulatorSettings;

/** Runs the emulator alone: java -jar pterodactyl-emulator.jar --port 8081 [options]. */
public final class EmulatorMain {

    private EmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PterodactylEmulator.Builder builder = PterodactylEmulator.builder().port(8081).wingsPort(8443);
        // The flavour sets Pelican's defaults (its rate limits), so it goes first whatever its place on the line.
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--flavor")) {
                builder.flavor(EmulatorSettings.Flavor.valueOf(args[i + 1].toUpperCase(Locale.ROOT)));
            }
        }
        String ssoSecret = null;
        String ssoIssuer = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help")) {
                System.out.println("Options: --port N --wings-port N --install-delay-ms N --rate-limit N "
                        + "--rate-window-ms N --backup-throttle COUNT/SECONDS --addon ours|original --flavor pterodactyl|pelican "
                        + "--power-delay-ms N --allowed-origin URL "
                        + "--panel-url URL --sso-secret SECRET --sso-issuer URL");
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(Integer.parseInt(value));
                case "--wings-port" -> builder.wingsPort(Integer.parseInt(value));
                case "--install-delay-ms" -> builder.installDelayMillis(Long.parseLong(value));
                case "--rate-limit" -> builder.applicationRateLimit(Integer.parseInt(value));
                case "--rate-window-ms" -> builder.rateWindowMillis(Long.parseLong(value));
                case "--backup-throttle" -> {
                    String[] parts = value.split("/", 2);
                    builder.backupThrottle(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
                }
                case "--power-delay-ms" -> builder.powerDelayMillis(Long.parseLong(value));
                case "--allowed-origin" -> builder.allowedOrigins(value);
                case "--panel-url" -> builder.panelUrl(value);
                case "--sso-secret" -> ssoSecret = value;
                case "--sso-issuer" -> ssoIssuer = value;
                case "--flavor" -> {
                    // applied before the other options
                }
                case "--addon" -> builder.addonMode(EmulatorSettings.AddonMode.valueOf(value.toUpperCase(Locale.ROOT)));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        PterodactylEmulator emulator = builder.singleSignOn(ssoSecret, ssoIssuer).build().start();
        String panel = emulator.state().pelican() ? "Pelican" : "Pterodactyl";
        System.out.println(panel + " emulator listening on " + emulator.baseUrl());
        System.out.println("Application API key: " + emulator.applicationKey());
        System.out.println("Wings websocket on ws://" + emulator.settings().wingsHost + ":" + emulator.wingsPort());
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        Thread.currentThread().join();
    }
}
