package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.FileTree;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Files tab against the emulator: every action reaches Pterodactyl and the server's history; permissions and
 * paths are refused before any call; a save over a file changed meanwhile asks first; a large upload is streamed.
 */
class FilesTest extends IntegrationTest {

    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"");

    @Autowired
    ApplicationContext context;
    @Autowired
    ServerAdministration administration;

    private ServerFixtures fixtures;
    private AccountView owner;
    private long id;
    private WebSession web;

    @BeforeEach
    void server() {
        fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        owner = fixtures.customer("1");
        id = fixtures.activeServer(owner, product, "Filed");
        files().put("/server.properties", "motd=A Minecraft Server\nmax-players=20\n");
        web = fixtures.signedIn(owner);
    }

    private FileTree files() {
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().filesOf(fixtures.inPterodactyl(id));
        }
    }

    private String onDisk(String path) {
        synchronized (TestPterodactyl.emulator().state()) {
            return files().get(path);
        }
    }

    private String url(String action, String path) {
        return "/servers/" + id + "/files" + action + "?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** Where a browser goes after a form: the page the redirect leads to, which shows the outcome. */
    private WebSession.Page follow(WebSession.Page answer) {
        return answer.location() != null ? web.get(answer.location()) : answer;
    }

    private static String fingerprint(String page) {
        Matcher matcher = FINGERPRINT.matcher(page);
        assertThat(matcher.find()).as("the editor carries the fingerprint of what it opened").isTrue();
        return matcher.group(1);
    }

    @Test
    void theOwnerEditsAFileAndIsWarnedWhenItChangedOnDisk() {
        assertThat(web.get("/servers/" + id).body()).contains("id=\"files-link\"");
        String folder = web.get("/servers/" + id + "/files").body();
        assertThat(folder).contains("server.properties").contains("id=\"files-breadcrumbs\"").contains("-rw-r--r--");

        String editor = web.get(url("/edit", "server.properties")).body();
        assertThat(editor).contains("max-players=20");
        WebSession.Page saved = web.post("/servers/" + id + "/files/save", Map.of("path", "server.properties",
                "content", "motd=Ours\nmax-players=50\n", "fingerprint", fingerprint(editor)));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(onDisk("/server.properties")).isEqualTo("motd=Ours\nmax-players=50\n");
        String reopened = web.get(url("/edit", "server.properties")).body();
        assertThat(reopened).contains("max-players=50").contains("Saved.");

        // The game rewrites the file while the owner edits it: the save asks first and keeps the owner's text.
        files().put("/server.properties", "motd=Ours\nmax-players=50\nwritten-by=game\n");
        String warned = web.post("/servers/" + id + "/files/save", Map.of("path", "server.properties",
                "content", "motd=Mine\n", "fingerprint", fingerprint(reopened))).body();
        assertThat(warned).contains("id=\"changed-on-disk\"").contains("motd=Mine");
        assertThat(onDisk("/server.properties")).contains("written-by=game");
        web.post("/servers/" + id + "/files/save", Map.of("path", "server.properties", "content", "motd=Mine\n",
                "fingerprint", fingerprint(reopened), "overwrite", "true"));
        assertThat(onDisk("/server.properties")).isEqualTo("motd=Mine\n");
        assertThat(web.get("/servers/" + id).body()).contains("File saved");
    }

    @Test
    void binaryAndLargeFilesAreNotOpenedInTheEditor() {
        synchronized (TestPterodactyl.emulator().state()) {
            files().write("/world/level.dat", new byte[] {0x1f, (byte) 0x8b, 0, 1, 2});
            files().write("/logs/huge.log", new byte[2 * 1024 * 1024]);
        }
        assertThat(web.get(url("/edit", "world/level.dat")).body()).contains("This file is not text").doesNotContain("id=\"edit-form\"");
        assertThat(web.get(url("/edit", "logs/huge.log")).body()).contains("larger than 1024 KB").doesNotContain("id=\"edit-form\"");
    }

    @Test
    void everyFileActionReachesPterodactylAndTheHistory() {
        web.get("/servers/" + id + "/files");
        follow(web.post("/servers/" + id + "/files/new-folder", Map.of("path", "", "name", "plugins")));
        WebSession.Page created = web.post("/servers/" + id + "/files/new-file", Map.of("path", "plugins", "name", "config.yml"));
        follow(created);
        assertThat(created.location()).contains("/files/edit?path=plugins%2Fconfig.yml");
        assertThat(onDisk("/plugins/config.yml")).isEmpty();
        follow(web.post("/servers/" + id + "/files/copy", Map.of("path", "server.properties")));
        assertThat(onDisk("/server copy.properties")).startsWith("motd=");
        follow(web.post("/servers/" + id + "/files/move", Map.of("path", "", "name", "server copy.properties", "target", "plugins/old.properties")));
        assertThat(onDisk("/plugins/old.properties")).startsWith("motd=");
        follow(web.post("/servers/" + id + "/files/chmod", Map.of("path", "plugins", "name", "old.properties", "mode", "600")));
        assertThat(web.get("/servers/" + id + "/files?path=plugins").body()).contains("-rw-------");
        follow(web.postAll("/servers/" + id + "/files/compress", List.of(Map.entry("path", "plugins"), Map.entry("names", "old.properties"),
                Map.entry("names", "config.yml"))));
        String archive;
        synchronized (TestPterodactyl.emulator().state()) {
            archive = files().keySet().stream().filter(p -> p.endsWith(".tar.gz")).findFirst().orElseThrow();
        }
        follow(web.postAll("/servers/" + id + "/files/delete", List.of(Map.entry("path", "plugins"), Map.entry("names", "old.properties"))));
        assertThat(onDisk("/plugins/old.properties")).isNull();
        follow(web.post("/servers/" + id + "/files/decompress", Map.of("path", "plugins", "name", FileTree.nameOf(archive))));
        assertThat(onDisk("/plugins/old.properties")).as("unpacked from the archive").startsWith("motd=");
        follow(web.post("/servers/" + id + "/files/pull", Map.of("path", "plugins", "url", "https://example.com/dl/Essentials.jar")));
        assertThat(onDisk("/plugins/Essentials.jar")).isNotNull();

        // Pterodactyl's own refusals are shown in its words (Wings', without the panel's wrapping).
        assertThat(follow(web.post("/servers/" + id + "/files/decompress", Map.of("path", "", "name", "server.properties"))).body()).contains("The archive provided is in a format Wings does not understand.");
        assertThat(follow(web.post("/servers/" + id + "/files/pull", Map.of("path", "", "url", "http://127.0.0.1:8080/secret"))).body()).contains("destination resolves to internal network location");

        WebSession.Page download = web.get(url("/download", "server.properties"));
        assertThat(download.status()).isEqualTo(302);
        assertThat(download.location()).contains("/download/file?token=");

        assertThat(web.get("/servers/" + id).body()).contains("Folder created", "File created", "File copied", "File renamed or moved",
                "File permissions changed", "Files packed into an archive", "Files deleted", "Archive unpacked",
                "File downloaded from a web address");
    }

    @Test
    void aReadOnlySubuserAndStrangersAreRefusedBeforeAnyCall() {
        AccountView friend = fixtures.customer("0");
        AccountView stranger = fixtures.customer("0");
        ServerFixtures.share(web, id, friend, "file.read");
        WebSession friendWeb = fixtures.signedIn(friend);
        String folder = friendWeb.get("/servers/" + id + "/files").body();
        assertThat(folder).contains("server.properties").doesNotContain("id=\"new-file-form\"").doesNotContain("id=\"upload-files\"")
                .doesNotContain("files/delete");

        int calls = TestPterodactyl.totalCalls();
        assertThat(friendWeb.post("/servers/" + id + "/files/save", Map.of("path", "server.properties", "content", "x",
                "fingerprint", "0")).status()).isEqualTo(403);
        assertThat(friendWeb.postAll("/servers/" + id + "/files/delete", List.of(Map.entry("path", ""),
                Map.entry("names", "server.properties"))).status()).isEqualTo(403);
        assertThat(friendWeb.post("/servers/" + id + "/files/new-folder", Map.of("path", "", "name", "x")).status()).isEqualTo(403);
        assertThat(friendWeb.postBody("/servers/" + id + "/files/upload?path=&name=x.jar", "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(new byte[10])).status()).isEqualTo(403);
        assertThat(friendWeb.get(url("/edit", "server.properties")).status()).isEqualTo(403);
        assertThat(friendWeb.get(url("/download", "server.properties")).status()).isEqualTo(403);
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);
        assertThat(onDisk("/server.properties")).startsWith("motd=A Minecraft Server");

        WebSession strangerWeb = fixtures.signedIn(stranger);
        assertThat(strangerWeb.get("/servers/" + id + "/files").status()).isEqualTo(404);
        assertThat(strangerWeb.get(url("/download", "server.properties")).status()).isEqualTo(404);
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);

        administration.suspend(id, "Checking a complaint", owner.id());
        assertThat(web.get("/servers/" + id + "/files").body()).contains("While the server is suspended")
                .doesNotContain("server.properties");
        assertThat(web.post("/servers/" + id + "/files/new-folder", Map.of("path", "", "name", "x")).status()).isEqualTo(302);
        assertThat(onDisk("/x")).isNull();
    }

    @Test
    void untrustedPathsAreRefusedBeforeAnyCall() {
        web.get("/servers/" + id + "/files");
        int calls = TestPterodactyl.totalCalls();
        for (String path : List.of("../etc", "/etc/passwd", "plugins/../../etc", "a\0b", "x".repeat(256), "a//b", "a\\b", "./a")) {
            assertThat(web.get(url("", path)).status()).as(path).isEqualTo(400);
            assertThat(web.get(url("/edit", path)).status()).as(path).isEqualTo(400);
            assertThat(web.get(url("/download", path)).status()).as(path).isEqualTo(400);
            assertThat(web.postAll("/servers/" + id + "/files/delete", List.of(Map.entry("path", ""), Map.entry("names", path)))
                    .status()).as(path).isEqualTo(400);
            assertThat(web.post("/servers/" + id + "/files/move", Map.of("path", "", "name", "server.properties", "target", path))
                    .status()).as(path).isEqualTo(400);
        }
        assertThat(web.postBody("/servers/" + id + "/files/upload?path=&name=..", "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(new byte[10])).status()).isEqualTo(400);
        assertThat(TestPterodactyl.totalCalls()).as("nothing reached Pterodactyl").isEqualTo(calls);
        assertThat(web.get("/servers/" + id + "/files?path=%2Fetc").body()).contains("That file name or path is not allowed");
    }

    /** A new customer's Pterodactyl user has no password they know: they set one on the settings tab, for SFTP. */
    @Test
    void theSftpPasswordBecomesThePterodactylUsersOwnAndIsNotKeptHere() {
        int user = context.getBean(io.pteroca.panel.pterodactyl.PterodactylAccounts.class).userOf(owner.id()).orElseThrow();
        String settings = web.get("/servers/" + id + "/settings").body();
        assertThat(settings).contains("id=\"sftp-password-form\"").contains("sftp://");
        web.post("/servers/" + id + "/settings/sftp-password", Map.of("password", "short", "confirmation", "short"));
        assertThat(web.get("/servers/" + id + "/settings").body()).contains("The password needs at least 8 characters.");
        web.post("/servers/" + id + "/settings/sftp-password", Map.of("password", "Tr0ub4dor&3xyz", "confirmation", "Tr0ub4dor&3xyZ"));
        assertThat(web.get("/servers/" + id + "/settings").body()).contains("The passwords do not match.");
        assertThat(passwordInPterodactyl(user)).isNotEqualTo("Tr0ub4dor&3xyz");

        web.post("/servers/" + id + "/settings/sftp-password", Map.of("password", "Tr0ub4dor&3xyz", "confirmation", "Tr0ub4dor&3xyz"));
        assertThat(web.get("/servers/" + id + "/settings").body()).contains("Your SFTP password is set.");
        assertThat(passwordInPterodactyl(user)).as("the application API PATCH carried the password").isEqualTo("Tr0ub4dor&3xyz");
        assertThat(web.get("/servers/" + id).body()).contains("SFTP password set").doesNotContain("Tr0ub4dor");

        AccountView friend = fixtures.customer("0");
        ServerFixtures.share(web, id, friend, "file.read");
        WebSession friendWeb = fixtures.signedIn(friend);
        friendWeb.get("/servers/" + id);
        int calls = TestPterodactyl.totalCalls();
        assertThat(friendWeb.post("/servers/" + id + "/settings/sftp-password", Map.of("password", "Tr0ub4dor&3xyz",
                "confirmation", "Tr0ub4dor&3xyz")).status()).as("without file.sftp").isEqualTo(403);
        assertThat(TestPterodactyl.totalCalls()).isEqualTo(calls);
    }

    private static String passwordInPterodactyl(int user) {
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().users.get((long) user).password;
        }
    }

    /**
     * 50 MB go through the panel to Wings while the test sends them: at no point has the test handed over much more
     * than Wings has received, which a panel that read the whole upload first could not manage.
     */
    @Test
    void aLargeUploadIsStreamedToWings() throws Exception {
        long size = 50L * 1024 * 1024;
        long before = TestPterodactyl.emulator().wingsSocket().uploadedBytes();
        AtomicLong sent = new AtomicLong();
        AtomicLong widestGap = new AtomicLong();
        MessageDigest sentDigest = MessageDigest.getInstance("SHA-256");
        InputStream body = new InputStream() {
            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long left = size - sent.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) ((sent.get() + i) * 7 % 251);
                }
                sentDigest.update(buffer, offset, n);
                long gap = sent.addAndGet(n) - (TestPterodactyl.emulator().wingsSocket().uploadedBytes() - before);
                widestGap.accumulateAndGet(gap, Math::max);
                return n;
            }
        };
        web.get("/servers/" + id + "/files");
        WebSession.Page answer = web.postBody("/servers/" + id + "/files/upload?path=&name=big.jar", "application/octet-stream",
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), size));
        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        byte[] stored;
        synchronized (TestPterodactyl.emulator().state()) {
            stored = files().read("/big.jar");
        }
        assertThat(stored.length).isEqualTo(size);
        assertThat(MessageDigest.getInstance("SHA-256").digest(stored)).isEqualTo(sentDigest.digest());
        assertThat(widestGap.get()).as("bytes sent but not yet at Wings, at the widest").isLessThan(size / 3);
        assertThat(web.get("/servers/" + id).body()).contains("File uploaded");
    }
}
