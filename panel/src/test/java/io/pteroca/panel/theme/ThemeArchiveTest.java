package io.pteroca.panel.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.shared.Refusal;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Archives that would write outside their folder, smuggle a link or unpack to a flood are refused, and nothing is written. */
class ThemeArchiveTest {

    private static final String MANIFEST = "name: ok\nversion: 1.0.0\ncontexts: [panel]\n";
    private Path work;
    private Path target;

    @BeforeEach
    void folders() throws IOException {
        work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "archive");
        target = Files.createDirectories(work.resolve("unpacked"));
    }

    @Test
    void unpacksAThemeInItsOnlyFolder() throws IOException {
        Path zip = zip(out -> {
            file(out, "ok/theme.yaml", MANIFEST);
            file(out, "ok/templates/account/login.html", "<p>login</p>");
            file(out, "ok/static/css/theme.css", "p{}");
            file(out, "__MACOSX/ok/._theme.yaml", "resource fork");
        });
        Path folder = ThemeArchive.unpack(zip, target);
        assertThat(folder).isEqualTo(target.resolve("ok"));
        assertThat(Files.readString(folder.resolve("templates/account/login.html"))).isEqualTo("<p>login</p>");
        assertThat(Files.exists(target.resolve("__MACOSX"))).isFalse();
    }

    @Test
    void refusesEntriesThatLeaveTheFolder() throws IOException {
        for (String evil : new String[] {"../evil.html", "ok/../../evil.html", "/tmp/evil.html", "ok\\..\\..\\evil.html",
                "C:/evil.html", "ok/./theme.yaml"}) {
            Path zip = zip(out -> {
                file(out, "ok/theme.yaml", MANIFEST);
                file(out, evil, "<p>evil</p>");
            });
            Path fresh = Files.createTempDirectory(work, "unpacked");
            assertThatThrownBy(() -> ThemeArchive.unpack(zip, fresh)).as(evil).isInstanceOf(Refusal.class)
                    .hasMessage("theme.upload.unsafePath");
        }
        assertOnlyArchivesIn(work);
    }

    @Test
    void refusesLinks() throws IOException {
        Path zip = zip(out -> {
            file(out, "ok/theme.yaml", MANIFEST);
            ZipArchiveEntry link = new ZipArchiveEntry("ok/templates/fragments/layout.html");
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(link);
            out.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        });
        assertThatThrownBy(() -> ThemeArchive.unpack(zip, target)).isInstanceOf(Refusal.class).hasMessage("theme.upload.link");
        assertThat(Files.exists(target.resolve("ok/templates/fragments/layout.html"))).isFalse();
    }

    @Test
    void refusesAnArchiveBombBeforeItFillsTheDisk() throws IOException {
        byte[] megabyte = new byte[1024 * 1024];
        Path zip = zip(out -> {
            file(out, "ok/theme.yaml", MANIFEST);
            out.putArchiveEntry(new ZipArchiveEntry("ok/static/img/huge.png"));
            for (int i = 0; i < 64; i++) {
                out.write(megabyte);
            }
            out.closeArchiveEntry();
        });
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> ThemeArchive.unpack(zip, target)).isInstanceOf(Refusal.class).hasMessage("theme.upload.bomb");
        assertThat(target.resolve("ok/static/img/huge.png")).doesNotExist();
    }

    @Test
    void refusesFilesAThemeHasNoUseForAndThingsThatAreNoZip() throws IOException {
        Path zip = zip(out -> {
            file(out, "ok/theme.yaml", MANIFEST);
            file(out, "ok/static/run.sh", "rm -rf /");
        });
        assertThatThrownBy(() -> ThemeArchive.unpack(zip, target)).isInstanceOf(Refusal.class).hasMessage("theme.upload.fileType");
        Path text = Files.writeString(work.resolve("not.zip"), "hello");
        assertThatThrownBy(() -> ThemeArchive.unpack(text, Files.createDirectories(work.resolve("t2"))))
                .isInstanceOf(Refusal.class).hasMessage("theme.upload.notZip");
        Path noManifest = zip(out -> file(out, "ok/templates/x.html", "<p></p>"));
        assertThatThrownBy(() -> ThemeArchive.unpack(noManifest, Files.createDirectories(work.resolve("t3"))))
                .isInstanceOf(Refusal.class).hasMessage("theme.upload.noManifest");
    }

    private void assertOnlyArchivesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()))
                    .allMatch(name -> name.endsWith(".zip") || name.equals("theme.yaml"));
        }
        assertThat(Files.exists(work.getParent().resolve("evil.html"))).isFalse();
    }

    @FunctionalInterface
    interface Entries {
        void write(ZipArchiveOutputStream out) throws IOException;
    }

    private Path zip(Entries entries) throws IOException {
        Path zip = Files.createTempFile(work, "theme", ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            entries.write(out);
        }
        return zip;
    }

    private static void file(ZipArchiveOutputStream out, String name, String content) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
    }
}
