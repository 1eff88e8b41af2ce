package io.pteroca.emulator.wings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The console lines of a simulated server: Wings' daemon lines around a start, the game's own lines, answers to commands. */
final class GameOutput {

    private static final String DAEMON = "\u001b[33m\u001b[1m[Pterodactyl Daemon]:\u001b[39m ";
    private static final String DAEMON_END = "\u001b[0m";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private GameOutput() {
    }

    static List<String> starting(boolean minecraft, Instant at) {
        List<String> lines = new ArrayList<>(daemon("Checking server disk space usage, this could take a few seconds...",
                "Updating process configuration files...",
                "Ensuring file permissions are set correctly, this could take a few seconds...",
                "Pulling Docker container image, this could take a few minutes to complete...",
                "Finished pulling Docker container image"));
        lines.add(minecraft ? game(at, "INFO") + "Starting minecraft server" : "Server starting...");
        return lines;
    }

    static String started(boolean minecraft, Instant at, Duration took) {
        return minecraft ? game(at, "INFO") + "Done (" + String.format("%.3f", took.toMillis() / 1000.0) + "s)! For help, type \"help\""
                : "Server started.";
    }

    static List<String> stopping(boolean minecraft, Instant at) {
        return minecraft ? List.of(game(at, "INFO") + "Stopping the server", game(at, "INFO") + "Saving worlds")
                : List.of("Server stopping...");
    }

    /** Minecraft refuses to run without the EULA (first writing eula.txt if missing), exits, and Wings calls it a crash. */
    static List<String> eulaRefused(Instant at, boolean fileMissing) {
        List<String> lines = new ArrayList<>();
        if (fileMissing) {
            lines.add(game(at, "WARN") + "Failed to load eula.txt");
        }
        lines.add(game(at, "INFO") + "You need to agree to the EULA in order to run the server. Go to eula.txt for more info.");
        lines.addAll(daemon("---------- Detected server process in a crashed state! ----------", "Exit code: 0",
                "Out of memory: false"));
        return lines;
    }

    /** The game's answer to a command other than the stop command. */
    static String answer(boolean minecraft, String command, Instant at) {
        if (!minecraft) {
            return "Unknown command: " + command;
        }
        if (command.startsWith("say ")) {
            return game(at, "INFO") + "[Server] " + command.substring(4);
        }
        if (command.equals("list")) {
            return game(at, "INFO") + "There are 0 of a max of 20 players online: ";
        }
        return game(at, "INFO") + "Unknown or incomplete command, see below for error";
    }

    private static List<String> daemon(String... texts) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            lines.add(DAEMON + text + DAEMON_END);
        }
        return lines;
    }

    private static String game(Instant at, String level) {
        return "[" + TIME.format(at) + " " + level + "]: ";
    }
}
