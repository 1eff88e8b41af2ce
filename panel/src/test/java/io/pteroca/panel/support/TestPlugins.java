package io.pteroca.panel.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Plugin jars for tests: the example plugin as the build made it, and jars built here from Java source compiled
 * against the plugin API (a plugin whose listener throws, a crafted malicious one...). Plugins folders live
 * under {@code target/test-plugins} and are emptied the first time a test run asks for them.
 */
public final class TestPlugins {

    private static final Path ROOT = Path.of("target", "test-plugins").toAbsolutePath();
    private static final Set<String> EMPTIED = ConcurrentHashMap.newKeySet();

    private TestPlugins() {
    }

    /** A plugins folder of this name, empty at its first use in this test run. */
    public static Path folder(String name) {
        Path folder = ROOT.resolve(name);
        if (EMPTIED.add(name)) {
            delete(folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** A scratch folder for jars a test builds. */
    public static Path scratch() {
        return folder("scratch");
    }

    /** The hello-world plugin jar. */
    public static Path helloWorld() {
        return example("hello-world");
    }

    /**
     * An example plugin's jar: {@code plugins/<name>/target/<name>.jar} when the build packaged it, else its
     * compiled classes zipped the same way (the manifest is in them).
     */
    public static synchronized Path example(String name) {
        Path target = Path.of(System.getProperty("pteroca.test.plugins", "../plugins")).resolve(name).resolve("target");
        Path classes = target.resolve("classes");
        Path packaged = target.resolve(name + ".jar");
        try {
            if (Files.isRegularFile(packaged) && (!Files.isDirectory(classes)
                    || Files.getLastModifiedTime(packaged).compareTo(Files.getLastModifiedTime(classes)) >= 0)) {
                return packaged;
            }
            if (!Files.isRegularFile(classes.resolve("META-INF/MANIFEST.MF"))) {
                throw new IllegalStateException("Build the plugin first (./mvnw -pl plugins/" + name + " package)");
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("META-INF/MANIFEST.MF", Files.readAllBytes(classes.resolve("META-INF/MANIFEST.MF")));
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String entry = classes.relativize(file).toString().replace('\\', '/');
                    entries.putIfAbsent(entry, Files.readAllBytes(file));
                }
            }
            return write(scratch().resolve(name + "-from-classes.jar"), entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar of these entries, in this order (the manifest first, as jars have it). */
    public static Path write(Path jar, Map<String, byte[]> entries) {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** Builds plugin jars for tests. */
    public static final class Jar {

        private final String id;
        private String version = "1.0.0";
        private String pluginClass;
        private String dependencies;
        private String requires;
        private String yaml;
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, byte[]> files = new LinkedHashMap<>();

        private Jar(String id) {
            this.id = id;
            this.yaml = "name: " + id + "\ncapabilities: []\n";
        }

        public static Jar plugin(String id) {
            return new Jar(id);
        }

        public Jar version(String value) {
            version = value;
            return this;
        }

        public Jar pluginClass(String className) {
            pluginClass = className;
            return this;
        }

        public Jar dependencies(String value) {
            dependencies = value;
            return this;
        }

        public Jar requires(String value) {
            requires = value;
            return this;
        }

        public Jar yaml(String value) {
            yaml = value;
            return this;
        }

        /** Java source of one class, compiled against the plugin API when the jar is built. */
        public Jar source(String className, String code) {
            sources.put(className, code);
            return this;
        }

        public Jar file(String name, String content) {
            files.put(name, content.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        public Jar file(String name, byte[] content) {
            files.put(name, content);
            return this;
        }

        public Path build() {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            StringBuilder manifest = new StringBuilder("Manifest-Version: 1.0\nPlugin-Id: " + id + "\nPlugin-Version: " + version + "\n");
            if (pluginClass != null) {
                manifest.append("Plugin-Class: ").append(pluginClass).append('\n');
            }
            if (dependencies != null) {
                manifest.append("Plugin-Dependencies: ").append(dependencies).append('\n');
            }
            if (requires != null) {
                manifest.append("Plugin-Requires: ").append(requires).append('\n');
            }
            entries.put("META-INF/MANIFEST.MF", manifest.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            entries.put("plugin.yaml", yaml.getBytes(StandardCharsets.UTF_8));
            entries.putAll(compile(sources));
            entries.putAll(files);
            return write(scratch().resolve(id + "-" + UUID.randomUUID().toString().substring(0, 8) + ".jar"), entries);
        }
    }

    /** Compiles Java sources (class name → code) with the test class path, which holds the plugin API. */
    public static Map<String, byte[]> compile(Map<String, String> sources) {
        if (sources.isEmpty()) {
            return Map.of();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new SimpleJavaFileObject(URI.create("string:///" + name.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        }));
        StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        javax.tools.ForwardingJavaFileManager<StandardJavaFileManager> manager = new javax.tools.ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       javax.tools.FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("bytes:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        outputs.put(className.replace('.', '/') + ".class", out);
                        return out;
                    }
                };
            }
        };
        java.io.StringWriter errors = new java.io.StringWriter();
        boolean compiled = compiler.getTask(errors, manager, null,
                List.of("-classpath", System.getProperty("java.class.path"), "--release", "17", "-proc:none"), null, units).call();
        if (!compiled) {
            throw new IllegalStateException("Test plugin source does not compile:\n" + errors);
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
