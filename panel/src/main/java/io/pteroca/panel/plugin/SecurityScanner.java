package io.pteroca.panel.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.springframework.stereotype.Component;

/**
 * The security scan: reads a plugin jar's bytecode with ASM (never running it), its migrations, its templates
 * and its bundled libraries' {@code pom.properties}, and reports what it finds by level. CRITICAL blocks the
 * plugin, HIGH needs an admin to accept the risk, MEDIUM and LOW are recorded.
 *
 * <p>It is a first line, not a sandbox: code can hide what it does from any static reading. What holds
 * regardless is the class loader (a plugin sees only the plugin API and the JDK) and the guarded resources
 * of its context.
 */
@Component
class SecurityScanner {

    private static final int MAX_ENTRY_BYTES = 20 * 1024 * 1024;
    private static final Pattern URL = Pattern.compile("https?://([A-Za-z0-9.-]+)(:[0-9]+)?");
    private static final Set<String> NAMESPACE_HOSTS = Set.of("www.w3.org", "java.sun.com", "xmlns.jcp.org", "xml.org",
            "www.thymeleaf.org", "www.springframework.org", "json-schema.org", "schemas.xmlsoap.org");
    private static final Pattern CREDENTIAL = Pattern.compile("-----BEGIN ([A-Z]+ )?PRIVATE KEY-----|\\b[sr]k_live_[0-9A-Za-z]{8,}"
            + "|\\bAKIA[0-9A-Z]{16}\\b|\\bghp_[0-9A-Za-z]{30,}|\\bxox[abposr]-[0-9A-Za-z-]{10,}|\\bAIza[0-9A-Za-z_-]{35}");
    private static final Pattern SECRET_FIELD = Pattern.compile("(?i).*(password|passwd|secret|token|api_?key|private_?key).*");
    private static final Pattern TEMPLATE_CODE = Pattern.compile("[$*#@~]\\{[^}]*(\\bT\\s*\\(|\\bnew\\s+[A-Za-z_$][\\w.$]*\\s*\\()",
            Pattern.DOTALL);
    private static final Pattern UNESCAPED = Pattern.compile("th:utext|\\[\\(");

    private final Advisories advisories;

    SecurityScanner(Advisories advisories) {
        this.advisories = advisories;
    }

    /** Scans a jar described by {@code manifest}; a refusal for an archive that cannot be read safely. */
    List<Finding> scan(Path jar, PluginManifest manifest) {
        List<ArchiveInspector.Entry> entries = ArchiveInspector.entries(jar);
        Set<Finding> findings = new LinkedHashSet<>(ArchiveInspector.findings(entries));
        List<Advisories.Advisory> known = advisories.current();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory() || ArchiveInspector.escapes(entry.getName())) {
                    continue;
                }
                String name = entry.getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                    scanClass(read(zip, entry), manifest, findings);
                } else if (name.startsWith(PluginMigrations.FOLDER + "/") && name.endsWith(".sql")) {
                    scanMigration(name, new String(read(zip, entry), StandardCharsets.UTF_8), manifest, findings);
                } else if (name.startsWith(PluginTemplates.FOLDER + "/") && name.endsWith(".html")) {
                    scanTemplate(name, new String(read(zip, entry), StandardCharsets.UTF_8), findings);
                } else if (name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties")) {
                    scanLibrary(name, read(zip, entry), known, findings);
                }
            }
        } catch (IOException e) {
            throw new PluginRefusedException("plugin.problem.notArchive");
        }
        return List.copyOf(findings);
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                throw new PluginRefusedException("plugin.problem.archiveBomb");
            }
            return bytes;
        }
    }

    private void scanClass(byte[] bytes, PluginManifest manifest, Set<Finding> findings) {
        ClassNode type = new ClassNode();
        try {
            new ClassReader(bytes).accept(type, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException unreadable) {
            findings.add(Finding.of(Rule.CLASS_DEFINITION, "?", "", "a class file ASM cannot read"));
            return;
        }
        String className = type.name.replace('/', '.');
        Rule superRule = type.superName == null ? null : BytecodeRules.SUPER_CLASSES.get(type.superName);
        if (superRule != null) {
            findings.add(Finding.of(superRule, className, "", "extends " + type.superName.replace('/', '.')));
        }
        for (FieldNode field : type.fields) {
            if (field.value instanceof String constant && !constant.isEmpty() && SECRET_FIELD.matcher(field.name).matches()) {
                findings.add(Finding.of(Rule.HARD_CODED_CREDENTIAL, className, "", "constant field " + field.name));
            }
            Rule typeRule = BytecodeRules.TYPES.get(Type.getType(field.desc).getInternalName());
            if (Type.getType(field.desc).getSort() == Type.OBJECT && typeRule != null) {
                findings.add(Finding.of(typeRule, className, "", "field " + field.name + " of type " + field.desc));
            }
        }
        for (MethodNode method : type.methods) {
            scanMethod(type, method, className, manifest, findings);
        }
    }

    private void scanMethod(ClassNode type, MethodNode method, String className, PluginManifest manifest,
                            Set<Finding> findings) {
        String methodName = method.name;
        if ((method.access & Opcodes.ACC_NATIVE) != 0) {
            findings.add(Finding.of(Rule.NATIVE_CODE, className, methodName, "native method"));
        }
        if (method.name.equals("finalize") && method.desc.equals("()V")) {
            findings.add(Finding.of(Rule.FINALIZER, className, methodName, "overrides finalize()"));
        }
        Frame<SourceValue>[] frames = null;
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof MethodInsnNode call) {
                checkCall(call.owner, call.name, className, methodName, findings);
                boolean needsFrames = BytecodeRules.SQL_SINKS.getOrDefault(call.owner, Set.of()).contains(call.name)
                        || BytecodeRules.FILE_WRITES.getOrDefault(call.owner, Set.of()).contains(call.name)
                        || SECRET_FIELD.matcher(call.name).matches();
                if (needsFrames && frames == null) {
                    frames = frames(type, method);
                }
                if (frames != null) {
                    checkSql(call, method, frames, className, methodName, findings);
                    checkFileWrite(call, method, frames, className, methodName, findings);
                }
            } else if (instruction instanceof InvokeDynamicInsnNode dynamic) {
                for (Object argument : dynamic.bsmArgs) {
                    if (argument instanceof Handle handle) {
                        checkCall(handle.getOwner(), handle.getName(), className, methodName, findings);
                    }
                }
            } else if (instruction instanceof TypeInsnNode typeUse) {
                Rule rule = BytecodeRules.TYPES.get(typeUse.desc);
                if (rule != null) {
                    findings.add(Finding.of(rule, className, methodName, "uses " + typeUse.desc.replace('/', '.')));
                }
            } else if (instruction instanceof FieldInsnNode field) {
                checkField(field, method, className, methodName, findings, type);
            } else if (instruction instanceof LdcInsnNode constant) {
                checkConstant(constant.cst, manifest, className, methodName, findings);
            }
        }
    }

    private static void checkCall(String owner, String name, String className, String methodName, Set<Finding> findings) {
        Rule rule = BytecodeRules.method(owner, name);
        if (rule == null && BytecodeRules.DEFINE_CLASS_NAMES.contains(name)) {
            rule = Rule.CLASS_DEFINITION;
        }
        if (rule != null) {
            findings.add(Finding.of(rule, className, methodName, "calls " + owner.replace('/', '.') + "." + name));
        }
    }

    private static void checkField(FieldInsnNode field, MethodNode method, String className, String methodName,
                                   Set<Finding> findings, ClassNode type) {
        if (field.getOpcode() == Opcodes.GETSTATIC && field.owner.equals("java/lang/System")
                && (field.name.equals("out") || field.name.equals("err"))) {
            findings.add(Finding.of(Rule.CONSOLE_OUTPUT, className, methodName, "writes to System." + field.name));
        }
        Rule typeRule = BytecodeRules.TYPES.get(field.owner);
        if (typeRule != null) {
            findings.add(Finding.of(typeRule, className, methodName, "uses " + field.owner.replace('/', '.') + "." + field.name));
        }
        if ((field.getOpcode() == Opcodes.PUTFIELD || field.getOpcode() == Opcodes.PUTSTATIC)
                && field.desc.equals("Ljava/lang/String;") && SECRET_FIELD.matcher(field.name).matches()
                && field.getPrevious() instanceof LdcInsnNode constant && constant.cst instanceof String value && !value.isEmpty()) {
            findings.add(Finding.of(Rule.HARD_CODED_CREDENTIAL, className, methodName, "constant assigned to " + field.name));
        }
    }

    private static void checkConstant(Object constant, PluginManifest manifest, String className, String methodName,
                                      Set<Finding> findings) {
        if (constant instanceof Type type && type.getSort() == Type.OBJECT) {
            Rule rule = BytecodeRules.TYPES.get(type.getInternalName());
            if (rule != null) {
                findings.add(Finding.of(rule, className, methodName, "uses " + type.getClassName()));
            }
        }
        if (!(constant instanceof String text)) {
            return;
        }
        if (CREDENTIAL.matcher(text).find()) {
            findings.add(Finding.of(Rule.HARD_CODED_CREDENTIAL, className, methodName, "a key or token in a string constant"));
        }
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String host = url.group(1).toLowerCase(Locale.ROOT);
            String port = url.group(2) == null ? "" : url.group(2);
            if (!NAMESPACE_HOSTS.contains(host) && !HostRules.allowed(manifest.hosts(), host, port)) {
                findings.add(Finding.of(Rule.UNDECLARED_HOST, className, methodName, "address of an undeclared host " + host + port));
            }
        }
    }

    private static void checkSql(MethodInsnNode call, MethodNode method, Frame<SourceValue>[] frames, String className,
                                 String methodName, Set<Finding> findings) {
        if (!BytecodeRules.SQL_SINKS.getOrDefault(call.owner, Set.of()).contains(call.name)) {
            return;
        }
        Type[] arguments = Type.getArgumentTypes(call.desc);
        if (arguments.length == 0 || !arguments[0].getDescriptor().equals("Ljava/lang/String;")) {
            return;
        }
        SourceValue sql = argument(frames, method, call, 0, arguments.length);
        if (sql != null && builtAtRunTime(sql, method, frames, 0)) {
            findings.add(Finding.of(Rule.SQL_CONCATENATION, className, methodName,
                    "SQL built at run time reaches " + call.owner.replace('/', '.') + "." + call.name));
        }
    }

    private static void checkFileWrite(MethodInsnNode call, MethodNode method, Frame<SourceValue>[] frames, String className,
                                       String methodName, Set<Finding> findings) {
        if (!BytecodeRules.FILE_WRITES.getOrDefault(call.owner, Set.of()).contains(call.name)) {
            return;
        }
        Type[] arguments = Type.getArgumentTypes(call.desc);
        boolean instanceCall = call.getOpcode() != Opcodes.INVOKESTATIC && !call.name.equals("<init>");
        SourceValue target = instanceCall ? receiver(frames, method, call, arguments.length)
                : arguments.length == 0 ? null : argument(frames, method, call, 0, arguments.length);
        if (target != null && fromDataDirectory(target, method, frames, 0)) {
            return;
        }
        findings.add(Finding.of(Rule.FILE_WRITE, className, methodName,
                "writes files outside the plugin's data folder: " + call.owner.replace('/', '.') + "." + call.name));
    }

    /** The value of argument {@code index} of a call, from the frame before it runs. */
    private static SourceValue argument(Frame<SourceValue>[] frames, MethodNode method, MethodInsnNode call, int index,
                                        int count) {
        Frame<SourceValue> frame = frames[method.instructions.indexOf(call)];
        if (frame == null) {
            return null;
        }
        return frame.getStack(frame.getStackSize() - count + index);
    }

    private static SourceValue receiver(Frame<SourceValue>[] frames, MethodNode method, MethodInsnNode call, int count) {
        Frame<SourceValue> frame = frames[method.instructions.indexOf(call)];
        return frame == null ? null : frame.getStack(frame.getStackSize() - count - 1);
    }

    /** True when the value comes from string concatenation, a builder or formatting in this method. */
    private static boolean builtAtRunTime(SourceValue value, MethodNode method, Frame<SourceValue>[] frames, int depth) {
        for (AbstractInsnNode producer : producers(value, method, frames, depth)) {
            if (producer instanceof InvokeDynamicInsnNode dynamic && dynamic.name.startsWith("makeConcat")) {
                return true;
            }
            if (producer instanceof MethodInsnNode call
                    && BytecodeRules.STRING_BUILDERS.getOrDefault(call.owner, Set.of()).contains(call.name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the path comes from {@code PluginContext.dataDirectory()} through resolve/toFile calls. */
    private static boolean fromDataDirectory(SourceValue value, MethodNode method, Frame<SourceValue>[] frames, int depth) {
        if (depth > 8) {
            return false;
        }
        List<AbstractInsnNode> producers = producers(value, method, frames, depth);
        if (producers.isEmpty()) {
            return false;
        }
        for (AbstractInsnNode producer : producers) {
            if (!(producer instanceof MethodInsnNode call)) {
                return false;
            }
            if (call.owner.equals("io/pteroca/plugin/PluginContext") && call.name.equals("dataDirectory")) {
                continue;
            }
            boolean derived = call.owner.equals("java/nio/file/Path") && (call.name.equals("resolve")
                    || call.name.equals("toFile") || call.name.equals("normalize"));
            if (!derived || call.name.equals("resolve") && !safeChild(call, method, frames)) {
                return false;
            }
            SourceValue receiver = receiver(frames, method, call, Type.getArgumentTypes(call.desc).length);
            if (receiver == null || !fromDataDirectory(receiver, method, frames, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** A constant child name without {@code ..} and not absolute keeps the path inside its folder. */
    private static boolean safeChild(MethodInsnNode resolve, MethodNode method, Frame<SourceValue>[] frames) {
        SourceValue child = argument(frames, method, resolve, 0, 1);
        if (child == null) {
            return false;
        }
        List<AbstractInsnNode> producers = producers(child, method, frames, 0);
        return !producers.isEmpty() && producers.stream().allMatch(p -> p instanceof LdcInsnNode ldc
                && ldc.cst instanceof String name && !ArchiveInspector.escapes(name));
    }

    /** The instructions that produced a value, looking through local variables and casts. */
    private static List<AbstractInsnNode> producers(SourceValue value, MethodNode method, Frame<SourceValue>[] frames,
                                                    int depth) {
        List<AbstractInsnNode> result = new ArrayList<>();
        if (depth > 10) {
            return result;
        }
        for (AbstractInsnNode producer : value.insns) {
            int index = method.instructions.indexOf(producer);
            Frame<SourceValue> frame = frames[index];
            if (producer instanceof VarInsnNode load && producer.getOpcode() == Opcodes.ALOAD && frame != null) {
                for (AbstractInsnNode store : frame.getLocal(load.var).insns) {
                    Frame<SourceValue> storeFrame = frames[method.instructions.indexOf(store)];
                    if (store.getOpcode() == Opcodes.ASTORE && storeFrame != null) {
                        result.addAll(producers(storeFrame.getStack(storeFrame.getStackSize() - 1), method, frames, depth + 1));
                    }
                }
            } else if ((producer.getOpcode() == Opcodes.CHECKCAST || producer.getOpcode() == Opcodes.DUP) && frame != null) {
                result.addAll(producers(frame.getStack(frame.getStackSize() - 1), method, frames, depth + 1));
            } else {
                result.add(producer);
            }
        }
        return result;
    }

    private static Frame<SourceValue>[] frames(ClassNode type, MethodNode method) {
        try {
            return new Analyzer<>(new SourceInterpreter()).analyze(type.name, method);
        } catch (AnalyzerException e) {
            return null;
        }
    }

    private static void scanMigration(String name, String sql, PluginManifest manifest, Set<Finding> findings) {
        for (String statement : SqlStatements.split(sql)) {
            SqlStatements.violation(statement, manifest.tablePrefix()).ifPresent(reason ->
                    findings.add(Finding.of(Rule.MIGRATION_OUTSIDE_PREFIX, name, "", reason)));
        }
    }

    private static void scanTemplate(String name, String html, Set<Finding> findings) {
        if (TEMPLATE_CODE.matcher(html).find()) {
            findings.add(Finding.of(Rule.TEMPLATE_CODE, name, "", "an expression that calls Java classes (T(...) or new)"));
        }
        if (UNESCAPED.matcher(html).find()) {
            findings.add(Finding.of(Rule.UNESCAPED_OUTPUT, name, "", "output without escaping (th:utext or [(...)])"));
        }
    }

    private void scanLibrary(String name, byte[] content, List<Advisories.Advisory> known, Set<Finding> findings) {
        Properties pom = new Properties();
        try {
            pom.load(new java.io.ByteArrayInputStream(content));
        } catch (IOException | IllegalArgumentException e) {
            return;
        }
        String artifact = pom.getProperty("groupId", "") + ":" + pom.getProperty("artifactId", "");
        String version = pom.getProperty("version", "");
        for (Advisories.Advisory advisory : advisories.about(artifact, version, known)) {
            findings.add(Finding.of(Rule.VULNERABLE_LIBRARY, artifact + ":" + version, "",
                    advisory.id() + (advisory.summary().isEmpty() ? "" : " " + advisory.summary())));
        }
    }

    /** Used by tests and the host check: whether a URL's host is one the plugin declared. */
    static boolean declaresHostOf(PluginManifest manifest, URI uri) {
        return HostRules.allowed(manifest.hosts(), uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT),
                uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
