package io.pteroca.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.pterodactyl.PterodactylServers;
import io.pteroca.pterodactyl.client.BackupsApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps Pterodactyl behind the panel's own API, so another panel (Pelican) can sit behind it later: only the
 * {@code pterodactyl} feature, and {@code console} for Wings' websocket, may use the client library
 * ({@code io.pteroca.pterodactyl}), and nothing the {@code pterodactyl} feature offers other features names one of
 * the library's types.
 */
class PterodactylSeamTest {

    private static final String LIBRARY = "io.pteroca.pterodactyl.";
    private static final List<String> ALLOWED = List.of("io/pteroca/panel/pterodactyl/", "io/pteroca/panel/console/");
    private static final String ADAPTER = "io/pteroca/panel/pterodactyl/";

    @Test
    void noSourceOutsideTheAdapterMentionsTheClientLibrary() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources.resolve("io/pteroca/panel")).as("the panel's sources, from the module folder").isDirectory();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !allowed(sources.relativize(file)))
                    .filter(file -> read(file).contains(LIBRARY))
                    .forEach(file -> offenders.add(sources.relativize(file).toString()));
        }
        assertThat(offenders).as("main sources outside pterodactyl and console that import or name the client library")
                .isEmpty();
    }

    /** Catches what imports do not show: a client type reached through a method of the adapter ({@code var}, chains). */
    @Test
    void noCompiledClassOutsideTheAdapterUsesTheClientLibrary() throws IOException {
        Path classes = mainClasses();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> !allowed(classes.relativize(file)))
                    .filter(PterodactylSeamTest::usesTheLibrary)
                    .forEach(file -> offenders.add(classes.relativize(file).toString()));
        }
        assertThat(offenders).as("main classes outside pterodactyl and console whose bytecode names a client type").isEmpty();
        assertThat(usesTheLibrary(classes.resolve(ADAPTER + "PterodactylServers.class")))
                .as("the check sees the adapter's own use of the library").isTrue();
    }

    @Test
    void theAdapterOffersOnlyThePanelsOwnTypes() throws IOException {
        Path classes = mainClasses();
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes.resolve(ADAPTER))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                offenders.addAll(libraryTypesOffered(load(name)));
            }
        }
        assertThat(offenders).as("public members of the pterodactyl feature that name a client type").isEmpty();
        assertThat(libraryTypesOffered(BackupsApi.class)).as("the check sees a client type in a signature").isNotEmpty();
        assertThat(libraryTypesOffered(PterodactylServers.class)).isEmpty();
    }

    /** Public members (and the supertypes) of a class other packages can see, as far as they name a client type. */
    private static List<String> libraryTypesOffered(Class<?> type) {
        if (!visibleOutsideItsPackage(type)) {
            return List.of();
        }
        List<String> signatures = new ArrayList<>();
        signatures.add(type.getGenericSuperclass() == null ? "" : type.getGenericSuperclass().getTypeName());
        Stream.of(type.getGenericInterfaces()).forEach(supertype -> signatures.add(supertype.getTypeName()));
        Stream.of(type.getDeclaredMethods()).filter(PterodactylSeamTest::offered).forEach(m -> signatures.add(m.toGenericString()));
        Stream.of(type.getDeclaredConstructors()).filter(PterodactylSeamTest::offered)
                .forEach(c -> signatures.add(c.toGenericString()));
        Stream.of(type.getDeclaredFields()).filter(PterodactylSeamTest::offered).forEach(f -> signatures.add(f.toGenericString()));
        return signatures.stream().filter(signature -> signature.contains(LIBRARY))
                .map(signature -> type.getName() + ": " + signature).toList();
    }

    private static boolean offered(Member member) {
        return Modifier.isPublic(member.getModifiers()) && !member.isSynthetic();
    }

    private static boolean visibleOutsideItsPackage(Class<?> type) {
        for (Class<?> level = type; level != null; level = level.getEnclosingClass()) {
            if (!Modifier.isPublic(level.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return ALLOWED.stream().anyMatch(path::startsWith);
    }

    /** Class names, method descriptors and generic signatures all name a type as {@code io/pteroca/pterodactyl/...}. */
    private static boolean usesTheLibrary(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains(LIBRARY.replace('.', '/'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path mainClasses() {
        try {
            return Path.of(PanelApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PterodactylSeamTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
