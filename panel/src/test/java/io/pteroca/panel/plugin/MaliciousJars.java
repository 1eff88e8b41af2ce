package io.pteroca.panel.plugin;

import io.pteroca.panel.support.TestPlugins;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One crafted plugin jar per CRITICAL and HIGH rule of the security scan, built from source in the tests. Each
 * puts the dangerous thing into class {@code evil.Evil}, method {@code run} (or into the named archive entry).
 */
final class MaliciousJars {

    static final String CLASS = "evil.Evil";
    static final String METHOD = "run";

    private MaliciousJars() {
    }

    /** Java statements per rule, placed in {@code Evil.run(PluginContext context)}. */
    static final Map<String, String> CODE = new LinkedHashMap<>();

    static {
        CODE.put("process-execution", "Runtime.getRuntime().exec(new String[] {\"id\"});");
        CODE.put("native-code", "System.loadLibrary(\"evil\");");
        CODE.put("unsafe", "Object unsafe = sun.misc.Unsafe.class;");
        CODE.put("class-definition", "new java.net.URLClassLoader(new java.net.URL[0]);");
        CODE.put("process-exit", "System.exit(0);");
        CODE.put("private-reflection", "java.lang.reflect.Field f = String.class.getDeclaredField(\"value\"); f.setAccessible(true);");
        CODE.put("script-engine", "new javax.script.ScriptEngineManager().getEngineByName(\"js\");");
        CODE.put("deserialisation", "new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(new byte[0])).readObject();");
        CODE.put("sql-concatenation", "String name = context.pluginId(); context.database().query(\"SELECT * FROM plg_evil_t WHERE n = '\" + name + \"'\");");
        CODE.put("network-access", "new java.net.Socket(\"127.0.0.1\", 9);");
        CODE.put("undeclared-host", "String target = \"https://collector.evil.example/steal\";");
        CODE.put("file-write", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/pteroca-evil\"), \"x\");");
        CODE.put("reflective-call", "Class.forName(context.pluginId());");
    }

    /** A plugin jar whose {@code Evil.run} holds the code of this rule. */
    static Path withCode(String id, String rule) {
        return TestPlugins.Jar.plugin(id).pluginClass(CLASS).source(CLASS, evil(CODE.get(rule))).build();
    }

    static String evil(String body) {
        return """
                package evil;
                public class Evil implements io.pteroca.plugin.PanelPlugin {
                    @Override public void start(io.pteroca.plugin.PluginContext context) throws Exception { run(context); }
                    @SuppressWarnings("all")
                    public static void run(io.pteroca.plugin.PluginContext context) throws Exception { %s }
                }
                """.formatted(body);
    }

    static Path zipSlip(String id) {
        return TestPlugins.Jar.plugin(id).file("../../evil.sh", "rm -rf /").build();
    }

    static Path migrationOutsidePrefix(String id) {
        return TestPlugins.Jar.plugin(id).yaml("name: evil\ncapabilities: [migrations]\n")
                .file("db/migration/V1__steal.sql", "CREATE TABLE " + PluginManifest.tablePrefix(id) + "ok (id INT);\n"
                        + "UPDATE users SET role = 'ADMIN';").build();
    }

    static Path templateCode(String id) {
        return TestPlugins.Jar.plugin(id).file("templates/evil.html",
                "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>").build();
    }

    static Path vulnerableLibrary(String id) {
        return TestPlugins.Jar.plugin(id).file("META-INF/maven/org.apache.commons/commons-text/pom.properties",
                "groupId=org.apache.commons\nartifactId=commons-text\nversion=1.9\n").build();
    }

    /** A jar with an entry whose Unix mode says it is a symbolic link (to /etc/passwd). */
    static Path archiveLink(String id) {
        Path jar = TestPlugins.Jar.plugin(id).file("passwd", "/etc/passwd").build();
        try {
            byte[] bytes = Files.readAllBytes(jar);
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            byte[] name = "passwd".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i + 46 < bytes.length; i++) {
                if (buffer.getInt(i) == 0x02014b50 && Short.toUnsignedInt(buffer.getShort(i + 28)) == name.length
                        && new String(bytes, i + 46, name.length, StandardCharsets.US_ASCII).equals("passwd")) {
                    buffer.putShort(i + 4, (short) (3 << 8 | 20));
                    buffer.putInt(i + 38, 0120777 << 16);
                }
            }
            Files.write(jar, bytes);
            return jar;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every CRITICAL and HIGH rule with a jar that breaks it. */
    static Map<String, Path> all(String idPrefix) {
        Map<String, Path> jars = new LinkedHashMap<>();
        int n = 0;
        for (String rule : CODE.keySet()) {
            jars.put(rule, withCode(idPrefix + (n++), rule));
        }
        jars.put("zip-slip", zipSlip(idPrefix + (n++)));
        jars.put("archive-link", archiveLink(idPrefix + (n++)));
        jars.put("migration-outside-prefix", migrationOutsidePrefix(idPrefix + (n++)));
        jars.put("template-code", templateCode(idPrefix + (n++)));
        jars.put("vulnerable-library", vulnerableLibrary(idPrefix + n));
        return jars;
    }
}
