package io.pteroca.panel.manage;

import io.pteroca.panel.pterodactyl.FileEntry;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * A server's files, through the owner's key: every action first needs the viewer's {@code file.*} permission (a 403
 * before any call) and paths that {@link ServerPath} accepts (a 400 before any call); every change goes into the
 * server's history. Texts open in the editor up to {@link #EDIT_LIMIT}; a save is refused when the file changed on
 * disk since it was opened, unless the viewer chooses to overwrite.
 */
@Service
class FileManager {

    /** The largest file the editor opens or saves: larger ones are downloaded instead. */
    static final long EDIT_LIMIT = 1024 * 1024;
    private static final int MAX_URL = 2048;

    private final ServerAccess access;
    private final ServersAsOwner pterodactyl;
    private final ServerHistory history;

    FileManager(ServerAccess access, ServersAsOwner pterodactyl, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
    }

    /** A file opened for editing: its text and a fingerprint of it, or why it cannot be edited here. */
    record Opened(ServerPath path, String text, String fingerprint, String problem) {
    }

    List<FileEntry> list(ServerView server, long accountId, ServerPath directory) {
        access.require(server, accountId, "file.read");
        return pterodactyl.files(server.ownerId(), server.identifier(), directory.absolute());
    }

    Opened open(ServerView server, long accountId, ServerPath file) {
        access.require(server, accountId, "file.read-content");
        if (file.isRoot()) {
            throw new Refusal("files.notAFile");
        }
        FileEntry entry = pterodactyl.files(server.ownerId(), server.identifier(), file.parent().absolute()).stream()
                .filter(e -> e.name().equals(file.fileName())).findFirst()
                .orElseThrow(() -> Refusal.notFound("files.notFound"));
        if (entry.directory()) {
            throw new Refusal("files.notAFile");
        }
        if (entry.size() > EDIT_LIMIT) {
            return new Opened(file, null, null, "files.tooLarge");
        }
        if (!textLike(entry.mimetype())) {
            return new Opened(file, null, null, "files.binary");
        }
        String text = pterodactyl.fileText(server.ownerId(), server.identifier(), file.absolute());
        if (text.indexOf('\0') >= 0 || text.indexOf('\uFFFD') >= 0) {
            return new Opened(file, null, null, "files.binary");
        }
        return new Opened(file, text, fingerprint(text), null);
    }

    private static boolean textLike(String mimetype) {
        String type = mimetype == null ? "" : mimetype.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.startsWith("inode/x-empty") || type.contains("json") || type.contains("xml")
                || type.contains("yaml") || type.contains("javascript") || type.contains("x-sh") || type.contains("toml");
    }

    /**
     * Saves the text. {@code openedFingerprint} is the fingerprint of the text as it was opened; when the file on disk
     * no longer matches it, the save is refused (409) unless {@code overwrite}.
     */
    void save(ServerView server, long accountId, ServerPath file, String text, String openedFingerprint, boolean overwrite) {
        access.require(server, accountId, "file.update");
        if (file.isRoot()) {
            throw new Refusal("files.notAFile");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > EDIT_LIMIT) {
            throw new Refusal("files.tooLarge");
        }
        if (!overwrite) {
            String onDisk = pterodactyl.fileText(server.ownerId(), server.identifier(), file.absolute());
            if (!fingerprint(onDisk).equals(openedFingerprint)) {
                throw Refusal.conflict("files.changedOnDisk");
            }
        }
        pterodactyl.writeFile(server.ownerId(), server.identifier(), file.absolute(), text);
        history.note(server.id(), "file_saved", accountId, file.absolute());
    }

    /** Makes an empty file; one of that name already there is refused. */
    ServerPath createFile(ServerView server, long accountId, ServerPath directory, String name) {
        access.require(server, accountId, "file.create");
        ServerPath file = directory.child(name);
        if (pterodactyl.files(server.ownerId(), server.identifier(), directory.absolute()).stream()
                .anyMatch(e -> e.name().equals(file.fileName()))) {
            throw new Refusal("files.exists");
        }
        pterodactyl.writeFile(server.ownerId(), server.identifier(), file.absolute(), "");
        history.note(server.id(), "file_created", accountId, file.absolute());
        return file;
    }

    void createFolder(ServerView server, long accountId, ServerPath directory, String name) {
        access.require(server, accountId, "file.create");
        ServerPath folder = directory.child(name);
        pterodactyl.createFolder(server.ownerId(), server.identifier(), directory.absolute(), folder.fileName());
        history.note(server.id(), "folder_created", accountId, folder.absolute());
    }

    /** Renames or moves an entry of {@code directory} to {@code target}, a path from the server's root. */
    void move(ServerView server, long accountId, ServerPath directory, String name, ServerPath target) {
        access.require(server, accountId, "file.update");
        ServerPath from = directory.child(name);
        if (target.isRoot() || target.relative().equals(from.relative()) || target.relative().startsWith(from.relative() + "/")) {
            throw new Refusal("files.badTarget");
        }
        pterodactyl.moveFile(server.ownerId(), server.identifier(), "/", from.relative(), target.relative());
        history.note(server.id(), "file_moved", accountId, from.absolute() + " → " + target.absolute());
    }

    void copy(ServerView server, long accountId, ServerPath file) {
        access.require(server, accountId, "file.create");
        if (file.isRoot()) {
            throw new Refusal("files.notAFile");
        }
        pterodactyl.copyFile(server.ownerId(), server.identifier(), file.absolute());
        history.note(server.id(), "file_copied", accountId, file.absolute());
    }

    void delete(ServerView server, long accountId, ServerPath directory, List<String> names) {
        access.require(server, accountId, "file.delete");
        List<String> checked = checkedNames(names);
        pterodactyl.deleteFiles(server.ownerId(), server.identifier(), directory.absolute(), checked);
        history.note(server.id(), "files_deleted", accountId, joined(directory, checked));
    }

    /** {@code mode}: three or four octal digits, e.g. 644 or 0755. */
    void changeMode(ServerView server, long accountId, ServerPath directory, String name, String mode) {
        access.require(server, accountId, "file.update");
        ServerPath entry = directory.child(name);
        String bits = mode == null ? "" : mode.strip();
        if (!bits.matches("[0-7]{3,4}")) {
            throw new Refusal("files.badMode");
        }
        pterodactyl.changeMode(server.ownerId(), server.identifier(), directory.absolute(), entry.fileName(), bits);
        history.note(server.id(), "file_mode_changed", accountId, entry.absolute() + " " + bits);
    }

    /** Packs the entries into an archive in the same folder; returns its name. */
    String compress(ServerView server, long accountId, ServerPath directory, List<String> names) {
        access.require(server, accountId, "file.archive");
        List<String> checked = checkedNames(names);
        String archive = pterodactyl.compress(server.ownerId(), server.identifier(), directory.absolute(), checked);
        history.note(server.id(), "files_compressed", accountId, joined(directory, checked) + " → " + archive);
        return archive;
    }

    void decompress(ServerView server, long accountId, ServerPath directory, String name) {
        access.require(server, accountId, "file.archive");
        ServerPath archive = directory.child(name);
        pterodactyl.decompress(server.ownerId(), server.identifier(), directory.absolute(), archive.fileName());
        history.note(server.id(), "file_decompressed", accountId, archive.absolute());
    }

    /** Wings downloads an http(s) address into the folder; Pterodactyl's own limits and refusals apply. */
    void pull(ServerView server, long accountId, ServerPath directory, String url) {
        access.require(server, accountId, "file.create");
        String address = url == null ? "" : url.strip();
        if (!webAddress(address)) {
            throw new Refusal("files.badUrl");
        }
        pterodactyl.pull(server.ownerId(), server.identifier(), address, directory.absolute());
        history.note(server.id(), "file_pulled", accountId, address + " → " + directory.absolute());
    }

    private static boolean webAddress(String address) {
        if (address.length() > MAX_URL || address.chars().anyMatch(c -> c <= 0x20)) {
            return false;
        }
        try {
            URI uri = new URI(address);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    String downloadUrl(ServerView server, long accountId, ServerPath file) {
        access.require(server, accountId, "file.read-content");
        if (file.isRoot()) {
            throw new Refusal("files.notAFile");
        }
        return pterodactyl.fileDownloadUrl(server.ownerId(), server.identifier(), file.absolute());
    }

    /** Streams one uploaded file of {@code length} bytes into the folder. */
    void upload(ServerView server, long accountId, ServerPath directory, String name, Supplier<InputStream> content, long length) {
        access.require(server, accountId, "file.create");
        ServerPath file = directory.child(name);
        if (length < 0) {
            throw new Refusal("files.lengthRequired");
        }
        pterodactyl.uploadFile(server.ownerId(), server.identifier(), directory.absolute(), file.fileName(), content, length);
        history.note(server.id(), "file_uploaded", accountId, file.absolute());
    }

    private static List<String> checkedNames(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new Refusal("files.noneChosen");
        }
        return names.stream().map(ServerPath::name).distinct().toList();
    }

    private static String joined(ServerPath directory, List<String> names) {
        return names.stream().map(name -> directory.child(name).absolute()).reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
