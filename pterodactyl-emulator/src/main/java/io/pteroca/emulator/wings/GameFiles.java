package io.pteroca.emulator.wings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The files a Minecraft server writes itself: eula.txt when it first refuses to run, server.properties once it runs. */
final class GameFiles {

    static final String EULA = "/eula.txt";
    static final String PROPERTIES = "/server.properties";
    private static final Pattern EULA_ACCEPTED = Pattern.compile("(?m)^\\s*eula\\s*=\\s*true\\s*$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private GameFiles() {
    }

    static boolean eulaAccepted(Map<String, String> files) {
        String eula = files.get(EULA);
        return eula != null && EULA_ACCEPTED.matcher(eula).find();
    }

    /** Minecraft writes eula=false when the file is missing, so the owner has something to change. */
    static void refusedEula(Map<String, String> files, Instant at) {
        files.putIfAbsent(EULA, "#By changing the setting below to TRUE you are indicating your agreement to our EULA "
                + "(https://aka.ms/MinecraftEULA).\n#" + STAMP.format(at) + "\neula=false\n");
    }

    /** The defaults Minecraft writes on its first run; Wings has already set the port of the primary allocation. */
    static void ran(Map<String, String> files, Instant at, int port) {
        files.putIfAbsent(PROPERTIES, "#Minecraft server properties\n#" + STAMP.format(at) + "\nmotd=A Minecraft Server\n"
                + "max-players=20\nserver-ip=0.0.0.0\nserver-port=" + port + "\nonline-mode=true\n");
    }
}
