package io.pteroca.panel.plugin;

import java.util.Map;
import java.util.Set;

/**
 * Which calls, types and fields of the JDK each rule of the scan looks for, by internal name
 * ({@code java/lang/Runtime}). A method rule matches {@code owner.name}, or {@code owner.*} for every method.
 */
final class BytecodeRules {

    private BytecodeRules() {
    }

    static final Map<String, Rule> METHODS = Map.ofEntries(
            Map.entry("java/lang/Runtime.exec", Rule.PROCESS_EXECUTION),
            Map.entry("java/lang/ProcessBuilder.*", Rule.PROCESS_EXECUTION),
            Map.entry("java/lang/System.load", Rule.NATIVE_CODE),
            Map.entry("java/lang/System.loadLibrary", Rule.NATIVE_CODE),
            Map.entry("java/lang/Runtime.load", Rule.NATIVE_CODE),
            Map.entry("java/lang/Runtime.loadLibrary", Rule.NATIVE_CODE),
            Map.entry("java/lang/foreign/Linker.*", Rule.NATIVE_CODE),
            Map.entry("java/lang/foreign/SymbolLookup.*", Rule.NATIVE_CODE),
            Map.entry("sun/misc/Unsafe.*", Rule.UNSAFE),
            Map.entry("jdk/internal/misc/Unsafe.*", Rule.UNSAFE),
            Map.entry("java/lang/invoke/MethodHandles$Lookup.defineClass", Rule.CLASS_DEFINITION),
            Map.entry("java/lang/invoke/MethodHandles$Lookup.defineHiddenClass", Rule.CLASS_DEFINITION),
            Map.entry("java/net/URLClassLoader.<init>", Rule.CLASS_DEFINITION),
            Map.entry("java/net/URLClassLoader.newInstance", Rule.CLASS_DEFINITION),
            Map.entry("java/lang/instrument/Instrumentation.*", Rule.CLASS_DEFINITION),
            Map.entry("java/lang/System.exit", Rule.PROCESS_EXIT),
            Map.entry("java/lang/Runtime.exit", Rule.PROCESS_EXIT),
            Map.entry("java/lang/Runtime.halt", Rule.PROCESS_EXIT),
            Map.entry("java/lang/reflect/AccessibleObject.setAccessible", Rule.PRIVATE_REFLECTION),
            Map.entry("java/lang/reflect/AccessibleObject.trySetAccessible", Rule.PRIVATE_REFLECTION),
            Map.entry("java/lang/reflect/Field.setAccessible", Rule.PRIVATE_REFLECTION),
            Map.entry("java/lang/reflect/Method.setAccessible", Rule.PRIVATE_REFLECTION),
            Map.entry("java/lang/reflect/Constructor.setAccessible", Rule.PRIVATE_REFLECTION),
            Map.entry("java/lang/reflect/Field.trySetAccessible", Rule.PRIVATE_REFLECTION),
            Map.entry("java/lang/reflect/Method.trySetAccessible", Rule.PRIVATE_REFLECTION),
            Map.entry("java/lang/reflect/Constructor.trySetAccessible", Rule.PRIVATE_REFLECTION),
            Map.entry("java/lang/invoke/MethodHandles.privateLookupIn", Rule.PRIVATE_REFLECTION),
            Map.entry("javax/script/ScriptEngineManager.*", Rule.SCRIPT_ENGINE),
            Map.entry("javax/script/ScriptEngine.*", Rule.SCRIPT_ENGINE),
            Map.entry("javax/script/Compilable.*", Rule.SCRIPT_ENGINE),
            Map.entry("jdk/jshell/JShell.*", Rule.SCRIPT_ENGINE),
            Map.entry("java/io/ObjectInputStream.<init>", Rule.DESERIALISATION),
            Map.entry("java/io/ObjectInputStream.readObject", Rule.DESERIALISATION),
            Map.entry("java/io/ObjectInputStream.readUnshared", Rule.DESERIALISATION),
            Map.entry("java/beans/XMLDecoder.<init>", Rule.DESERIALISATION),
            Map.entry("java/net/Socket.<init>", Rule.NETWORK_ACCESS),
            Map.entry("java/net/ServerSocket.<init>", Rule.NETWORK_ACCESS),
            Map.entry("java/net/DatagramSocket.<init>", Rule.NETWORK_ACCESS),
            Map.entry("java/net/MulticastSocket.<init>", Rule.NETWORK_ACCESS),
            Map.entry("java/net/URL.openConnection", Rule.NETWORK_ACCESS),
            Map.entry("java/net/URL.openStream", Rule.NETWORK_ACCESS),
            Map.entry("java/net/URL.getContent", Rule.NETWORK_ACCESS),
            Map.entry("java/net/http/HttpClient.newHttpClient", Rule.NETWORK_ACCESS),
            Map.entry("java/net/http/HttpClient.newBuilder", Rule.NETWORK_ACCESS),
            Map.entry("java/nio/channels/SocketChannel.open", Rule.NETWORK_ACCESS),
            Map.entry("java/nio/channels/ServerSocketChannel.open", Rule.NETWORK_ACCESS),
            Map.entry("java/nio/channels/DatagramChannel.open", Rule.NETWORK_ACCESS),
            Map.entry("java/nio/channels/AsynchronousSocketChannel.open", Rule.NETWORK_ACCESS),
            Map.entry("javax/net/SocketFactory.*", Rule.NETWORK_ACCESS),
            Map.entry("java/lang/Class.forName", Rule.REFLECTIVE_CALL),
            Map.entry("java/lang/reflect/Method.invoke", Rule.REFLECTIVE_CALL),
            Map.entry("java/lang/ClassLoader.loadClass", Rule.REFLECTIVE_CALL),
            Map.entry("java/lang/invoke/MethodHandles$Lookup.findStatic", Rule.REFLECTIVE_CALL),
            Map.entry("java/lang/invoke/MethodHandles$Lookup.findVirtual", Rule.REFLECTIVE_CALL),
            Map.entry("java/lang/invoke/MethodHandles$Lookup.findConstructor", Rule.REFLECTIVE_CALL),
            Map.entry("java/lang/invoke/MethodHandles$Lookup.findSpecial", Rule.REFLECTIVE_CALL),
            Map.entry("java/lang/System.getenv", Rule.ENVIRONMENT_READ),
            Map.entry("java/lang/System.getProperty", Rule.ENVIRONMENT_READ),
            Map.entry("java/lang/System.getProperties", Rule.ENVIRONMENT_READ),
            Map.entry("java/lang/Integer.getInteger", Rule.ENVIRONMENT_READ),
            Map.entry("java/lang/Long.getLong", Rule.ENVIRONMENT_READ),
            Map.entry("java/lang/Boolean.getBoolean", Rule.ENVIRONMENT_READ),
            Map.entry("java/lang/Thread.<init>", Rule.THREAD_CREATION),
            Map.entry("java/lang/Thread.ofVirtual", Rule.THREAD_CREATION),
            Map.entry("java/lang/Thread.ofPlatform", Rule.THREAD_CREATION),
            Map.entry("java/lang/Thread.startVirtualThread", Rule.THREAD_CREATION),
            Map.entry("java/util/concurrent/Executors.*", Rule.THREAD_CREATION),
            Map.entry("java/util/concurrent/ThreadPoolExecutor.<init>", Rule.THREAD_CREATION),
            Map.entry("java/util/concurrent/ForkJoinPool.<init>", Rule.THREAD_CREATION),
            Map.entry("java/util/Timer.<init>", Rule.THREAD_CREATION),
            Map.entry("java/lang/Runtime.addShutdownHook", Rule.SHUTDOWN_HOOK));

    /** Any method of these classes defines classes, whatever the receiver's declared type. */
    static final Set<String> DEFINE_CLASS_NAMES = Set.of("defineClass", "defineClass0", "defineClass1", "defineHiddenClass",
            "defineAnonymousClass");

    /** Types whose mere mention is the finding (e.g. a {@code Unsafe.class} constant or a field of that type). */
    static final Map<String, Rule> TYPES = Map.of(
            "sun/misc/Unsafe", Rule.UNSAFE,
            "jdk/internal/misc/Unsafe", Rule.UNSAFE,
            "javax/script/ScriptEngineManager", Rule.SCRIPT_ENGINE);

    /** Super classes that make a class a finding of their rule. */
    static final Map<String, Rule> SUPER_CLASSES = Map.of(
            "java/io/ObjectInputStream", Rule.DESERIALISATION,
            "java/lang/ClassLoader", Rule.CLASS_DEFINITION,
            "java/security/SecureClassLoader", Rule.CLASS_DEFINITION,
            "java/net/URLClassLoader", Rule.CLASS_DEFINITION);

    /** Calls that write files; the first argument is where. */
    static final Map<String, Set<String>> FILE_WRITES = Map.of(
            "java/io/FileOutputStream", Set.of("<init>"),
            "java/io/FileWriter", Set.of("<init>"),
            "java/io/RandomAccessFile", Set.of("<init>"),
            "java/io/File", Set.of("delete", "createNewFile", "renameTo", "mkdir", "mkdirs", "setWritable", "setExecutable",
                    "setReadable", "deleteOnExit", "createTempFile"),
            "java/nio/file/Files", Set.of("write", "writeString", "newOutputStream", "newBufferedWriter", "copy", "move",
                    "delete", "deleteIfExists", "createFile", "createDirectory", "createDirectories", "createTempFile",
                    "createTempDirectory", "createSymbolicLink", "createLink", "setPosixFilePermissions", "setAttribute",
                    "setOwner", "setLastModifiedTime"),
            "java/nio/channels/FileChannel", Set.of("open"));

    /** The SQL sinks: the SQL is the first argument. */
    static final Map<String, Set<String>> SQL_SINKS = Map.of(
            "java/sql/Statement", Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch"),
            "java/sql/PreparedStatement", Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch"),
            "java/sql/CallableStatement", Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch"),
            "java/sql/Connection", Set.of("prepareStatement", "prepareCall", "nativeSQL"),
            "io/pteroca/plugin/PluginDatabase", Set.of("update", "query", "queryFirst"));

    /** Calls that build a string at run time. */
    static final Map<String, Set<String>> STRING_BUILDERS = Map.of(
            "java/lang/StringBuilder", Set.of("toString"),
            "java/lang/StringBuffer", Set.of("toString"),
            "java/lang/String", Set.of("concat", "format", "formatted", "join", "replace", "replaceAll", "valueOf"),
            "java/text/MessageFormat", Set.of("format"));

    static Rule method(String owner, String name) {
        Rule exact = METHODS.get(owner + "." + name);
        return exact != null ? exact : METHODS.get(owner + ".*");
    }
}
