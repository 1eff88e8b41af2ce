package io.pteroca.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The recordings are copied into this module; when the shared originals are around, the copies must equal them. */
class RecordingCopiesTest {

    private static final Path SHARED = Paths.get("../../shared/pterodactyl");
    private static final Path COPIES = Paths.get("src/test/resources/pterodactyl");

    @Test
    void copiesEqualTheSharedRecordings() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "no ../../shared/pterodactyl beside the repository");
        for (String set : List.of("recordings", "recordings-2")) {
            assertThat(relativeFiles(COPIES.resolve(set))).as(set + " file list").isEqualTo(relativeFiles(SHARED.resolve(set)));
            for (Path file : relativeFiles(SHARED.resolve(set))) {
                assertThat(Files.readAllBytes(COPIES.resolve(set).resolve(file)))
                        .as(set + "/" + file).isEqualTo(Files.readAllBytes(SHARED.resolve(set).resolve(file)));
            }
        }
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
