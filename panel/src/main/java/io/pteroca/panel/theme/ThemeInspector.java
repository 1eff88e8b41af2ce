package io.pteroca.panel.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.BeanReference;
import org.springframework.expression.spel.ast.ConstructorReference;
import org.springframework.expression.spel.ast.TypeReference;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.model.ITemplateEvent;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.expression.AssignationUtils;
import org.thymeleaf.standard.expression.EachUtils;
import org.thymeleaf.standard.expression.ExpressionSequenceUtils;
import org.thymeleaf.standard.expression.FragmentSignatureUtils;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * The checks a theme passes before it is previewed or activated, and each of its templates before it is used.
 * Errors (they block): a template that does not parse, a Spring expression that reaches Java types ({@code T(…)}),
 * creates objects or calls beans, an inline script or event handler, a script from another host. Warnings: unescaped
 * output, inline styles (the content security policy drops them; e-mails need them and are exempt), stylesheets or
 * fonts from other hosts, a theme made for other panel versions, files the panel will not use.
 */
@Component
class ThemeInspector {

    /** The script hosts the content security policy allows: the captcha providers' widgets. */
    static final List<String> ALLOWED_SCRIPT_HOSTS = List.of("challenges.cloudflare.com", "www.google.com", "www.gstatic.com");
    /** What a theme may contain; anything else is refused in an upload and reported in a folder. */
    static final Set<String> FILE_TYPES = Set.of("html", "txt", "css", "js", "mjs", "map", "json", "png", "jpg", "jpeg", "gif",
            "webp", "avif", "svg", "ico", "woff", "woff2", "ttf", "otf", "eot", "yaml", "yml", "md");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href");
    private static final Set<String> DOCUMENTS = Set.of("README", "README.md", "LICENSE", "LICENSE.md", "LICENSE.txt");
    private static final Pattern INLINE = Pattern.compile("\\[\\[(.*?)]]|\\[\\((.*?)\\)]", Pattern.DOTALL);
    private static final Pattern EXTERNAL_CSS = Pattern.compile("(?i)(?:url\\(\\s*['\"]?|@import\\s+['\"])\\s*(?:https?:)?//");
    private static final Pattern EXTERNAL_URL = Pattern.compile("(?i)^(?:https?:)?//([^/:?#]+)");

    private final SpringTemplateEngine parser = new SpringTemplateEngine();
    private final SpelExpressionParser spel = new SpelExpressionParser();

    ThemeInspector() {
        parser.setTemplateResolver(new StringTemplateResolver());
    }

    ThemeReport inspect(Theme theme, String panelVersion) {
        List<ThemeFinding> findings = new ArrayList<>(theme.manifestProblems());
        ThemeManifest manifest = theme.manifest();
        if (manifest != null && !manifest.supports(panelVersion)) {
            findings.add(ThemeFinding.warning(ThemeManifest.FILE, 0, "theme.check.panelVersion", manifest.panel()));
        }
        for (String path : theme.files().list()) {
            if (path.equals(ThemeManifest.FILE)) {
                continue;
            }
            String extension = extension(path);
            if (path.startsWith(Theme.TEMPLATES) && (extension.equals("html") || extension.equals("txt"))) {
                String template = templateName(path);
                if (manifest != null && !manifest.takesPartIn(ThemeContext.of(template))) {
                    findings.add(ThemeFinding.warning(path, 0, "theme.check.outsideContexts", ThemeContext.of(template).id()));
                }
                findings.addAll(inspectTemplate(path, read(theme.files().file(path).orElseThrow())));
            } else if (path.startsWith(Theme.STATIC) && FILE_TYPES.contains(extension)) {
                if (extension.equals("css")) {
                    inspectStylesheet(path, read(theme.files().file(path).orElseThrow()), findings);
                }
            } else if (!DOCUMENTS.contains(path)) {
                findings.add(ThemeFinding.warning(path, 0, "theme.check.ignoredFile", path));
            }
        }
        return new ThemeReport(findings);
    }

    /** The first finding that keeps a template from being used, if any. */
    java.util.Optional<ThemeFinding> blockingProblem(String path, Resource template) {
        return inspectTemplate(path, read(template)).stream().filter(ThemeFinding::blocking).findFirst();
    }

    /**
     * {@code path} is relative to the theme ({@code templates/fragments/layout.html}). An unchanged copy of the panel's
     * own template is the panel's code and passes as it is (an exported default theme holds one of each).
     */
    List<ThemeFinding> inspectTemplate(String path, String content) {
        if (panelsOwn(path, content)) {
            return List.of();
        }
        Scan scan = new Scan(path, ThemeContext.of(templateName(path)) == ThemeContext.EMAIL, path.endsWith(".txt"));
        TemplateModel model;
        try {
            model = parse(content, scan.text ? TemplateMode.TEXT : TemplateMode.HTML);
        } catch (TemplateInputException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            scan.error(e.getLine() == null ? 0 : e.getLine(), "theme.check.parse", cause.getMessage());
            return scan.findings;
        }
        Deque<String> open = new ArrayDeque<>();
        for (int i = 0; i < model.size(); i++) {
            ITemplateEvent event = model.get(i);
            if (event instanceof IProcessableElementTag tag) {
                boolean scriptWithSource = inspectTag(tag, scan);
                if (event instanceof IOpenElementTag) {
                    String element = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
                    open.push(element.equals("script") && scriptWithSource ? "script[src]" : element);
                }
            } else if (event instanceof ICloseElementTag close) {
                String element = close.getElementCompleteName().toLowerCase(Locale.ROOT);
                while (!open.isEmpty()) {
                    String top = open.pop();
                    if (top.equals(element) || top.equals(element + "[src]")) {
                        break;
                    }
                }
            } else if (event instanceof IText text) {
                inspectText(text, open.peek(), scan);
            }
        }
        return scan.findings;
    }

    /** Returns true for a script element that loads its code from a file. */
    private boolean inspectTag(IProcessableElementTag tag, Scan scan) {
        String element = tag.getElementCompleteName().toLowerCase(Locale.ROOT);
        String source = null;
        String rel = "";
        String href = null;
        for (IAttribute attribute : tag.getAllAttributes()) {
            String name = attribute.getAttributeCompleteName().toLowerCase(Locale.ROOT);
            String value = attribute.getValue() == null ? "" : attribute.getValue();
            int line = attribute.getLine();
            String processor = name.startsWith("th:") ? name.substring(3) : name.startsWith("data-th-") ? name.substring(8) : null;
            String plain = processor == null ? name : processor;
            if (plain.startsWith("on")) {
                scan.error(line, "theme.check.inlineHandler", name + "=\"" + value + "\"");
            }
            if (processor != null) {
                if (processor.equals("utext") && !scan.text) {
                    scan.warning(line, "theme.check.unescaped", name + "=\"" + value + "\"");
                }
                if ((processor.equals("style") || processor.equals("styleappend")) && !scan.email) {
                    scan.warning(line, "theme.check.inlineStyle", name + "=\"" + value + "\"");
                }
                checkExpression(processor, value, line, scan);
            } else if (name.equals("style") && !scan.email) {
                scan.warning(line, "theme.check.inlineStyle", name + "=\"" + value + "\"");
            } else if (name.equals("sec:authorize") || name.equals("sec:authorize-expr")) {
                checkSpringExpression(value, line, scan);
            }
            if (URL_ATTRIBUTES.contains(plain) && unquoted(value).toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                scan.error(line, "theme.check.inlineScript", name + "=\"" + value + "\"");
            }
            if (plain.equals("src")) {
                source = value;
            } else if (plain.equals("rel")) {
                rel = value.toLowerCase(Locale.ROOT);
            } else if (plain.equals("href")) {
                href = value;
            }
        }
        int line = tag.getLine();
        if (element.equals("script") && source != null) {
            String host = externalHost(source);
            if (host != null && !ALLOWED_SCRIPT_HOSTS.contains(host)) {
                scan.error(line, "theme.check.externalScript", source);
            }
        }
        if (element.equals("link") && rel.contains("stylesheet") && href != null && externalHost(href) != null) {
            scan.warning(line, "theme.check.externalStyle", href);
        }
        return element.equals("script") && source != null;
    }

    private void inspectText(IText text, String openElement, Scan scan) {
        String content = text.getText();
        if (content.isBlank()) {
            return;
        }
        if ("script".equals(openElement)) {
            scan.error(text.getLine(), "theme.check.inlineScript", content);
        } else if ("style".equals(openElement) && !scan.email) {
            scan.warning(text.getLine(), "theme.check.inlineStyle", content);
        }
        Matcher inline = INLINE.matcher(content);
        while (inline.find()) {
            int line = text.getLine() + (int) content.substring(0, inline.start()).chars().filter(c -> c == '\n').count();
            boolean unescaped = inline.group(2) != null;
            String expression = unescaped ? inline.group(2) : inline.group(1);
            if (unescaped && !scan.text) {
                scan.warning(line, "theme.check.unescaped", inline.group());
            }
            checkExpression("text", expression, line, scan);
        }
    }

    private void checkExpression(String processor, String value, int line, Scan scan) {
        EngineContext context = context();
        IEngineConfiguration configuration = parser.getConfiguration();
        try {
            boolean parsed = switch (processor) {
                case "each" -> EachUtils.parseEach(context, value) != null;
                case "with", "attr", "attrappend", "attrprepend" ->
                        AssignationUtils.parseAssignationSequence(context, value, false) != null;
                case "fragment" -> FragmentSignatureUtils.parseFragmentSignature(configuration, value) != null;
                case "replace", "insert", "include", "substituteby" -> StandardExpressions.getExpressionParser(configuration)
                        .parseExpression(context, value.contains("~{") ? value : "~{" + value + "}") != null;
                case "assert" -> ExpressionSequenceUtils.parseExpressionSequence(context, value) != null;
                case "inline", "block", "ref", "remove" -> true;
                case "case" -> value.isBlank() || value.strip().equals("*")
                        || StandardExpressions.getExpressionParser(configuration).parseExpression(context, value) != null;
                default -> StandardExpressions.getExpressionParser(configuration).parseExpression(context, value) != null;
            };
            if (!parsed) {
                scan.error(line, "theme.check.expression", value);
                return;
            }
        } catch (TemplateProcessingException e) {
            scan.error(line, "theme.check.expression", value);
            return;
        }
        for (String body : variableExpressions(value)) {
            checkSpringExpression(body, line, scan);
        }
    }

    private void checkSpringExpression(String body, int line, Scan scan) {
        // ${{…}} asks for conversion; ${ {…} } (with a space) is an inline list.
        String expression = body.startsWith("{") && body.endsWith("}") ? body.substring(1, body.length() - 1).strip() : body.strip();
        if (expression.isEmpty() || expression.contains("__")) {
            // Preprocessed expressions are only complete when they run; their parts are checked on their own.
            return;
        }
        try {
            walk(((SpelExpression) spel.parseRaw(expression)).getAST(), line, scan);
        } catch (ParseException | IllegalStateException e) {
            scan.error(line, "theme.check.expression", body);
        }
    }

    private void walk(SpelNode node, int line, Scan scan) {
        if (node instanceof TypeReference) {
            scan.error(line, "theme.check.typeExpression", node.toStringAST());
        } else if (node instanceof ConstructorReference) {
            scan.error(line, "theme.check.constructor", node.toStringAST());
        } else if (node instanceof BeanReference) {
            scan.error(line, "theme.check.beanReference", node.toStringAST());
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            walk(node.getChild(i), line, scan);
        }
    }

    private static void inspectStylesheet(String path, String css, List<ThemeFinding> findings) {
        Matcher external = EXTERNAL_CSS.matcher(css);
        if (external.find()) {
            int line = 1 + (int) css.substring(0, external.start()).chars().filter(c -> c == '\n').count();
            findings.add(ThemeFinding.warning(path, line, "theme.check.externalStyle",
                    css.substring(external.start(), Math.min(css.length(), external.end() + 40))));
        }
    }

    /** The bodies of the {@code ${…}} and {@code *{…}} expressions in a value, quotes and nesting respected. */
    static List<String> variableExpressions(String value) {
        List<String> bodies = new ArrayList<>();
        int i = 0;
        while (i < value.length() - 1) {
            char c = value.charAt(i);
            if ((c == '$' || c == '*') && value.charAt(i + 1) == '{') {
                int start = i + 2;
                int depth = 1;
                boolean quoted = false;
                int j = start;
                for (; j < value.length() && depth > 0; j++) {
                    char d = value.charAt(j);
                    if (quoted) {
                        if (d == '\\') {
                            j++;
                        } else if (d == '\'') {
                            quoted = false;
                        }
                    } else if (d == '\'') {
                        quoted = true;
                    } else if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    }
                }
                bodies.add(value.substring(start, depth == 0 ? j - 1 : value.length()));
                i = start;
            } else {
                i++;
            }
        }
        return bodies;
    }

    private TemplateModel parse(String content, TemplateMode mode) {
        return parser.getConfiguration().getTemplateManager().parseStandalone(context(), content, null, mode, false, true);
    }

    private EngineContext context() {
        return new EngineContext(parser.getConfiguration(), new TemplateData("theme-check", null, new StringTemplateResource(""),
                TemplateMode.HTML, NonCacheableCacheEntryValidity.INSTANCE), Map.of(), Locale.ROOT, Map.of());
    }

    /** The host a URL-ish attribute points to when it leaves the panel, else null ({@code @{//host/x}} included). */
    private static String externalHost(String value) {
        String url = value.strip();
        if (url.startsWith("@{") && url.endsWith("}")) {
            url = url.substring(2, url.length() - 1).strip();
        }
        Matcher matcher = EXTERNAL_URL.matcher(unquoted(url));
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String unquoted(String value) {
        String stripped = value.strip();
        return stripped.startsWith("'") ? stripped.substring(1).strip() : stripped;
    }

    static String templateName(String path) {
        String name = path.startsWith(Theme.TEMPLATES) ? path.substring(Theme.TEMPLATES.length()) : path;
        return name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
    }

    static String extension(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean panelsOwn(String path, String content) {
        Resource own = new org.springframework.core.io.ClassPathResource(path);
        return path.startsWith(Theme.TEMPLATES) && ThemeFiles.safe(path) && own.exists() && read(own).equals(content);
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Findings of one template, and what kind of template it is. */
    private static final class Scan {
        final String path;
        final boolean email;
        final boolean text;
        final List<ThemeFinding> findings = new ArrayList<>();

        Scan(String path, boolean email, boolean text) {
            this.path = path;
            this.email = email;
            this.text = text;
        }

        void error(int line, String key, String detail) {
            findings.add(ThemeFinding.error(path, line, key, detail));
        }

        void warning(int line, String key, String detail) {
            findings.add(ThemeFinding.warning(path, line, key, detail));
        }
    }
}
