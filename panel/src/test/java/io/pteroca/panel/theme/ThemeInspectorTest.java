package io.pteroca.panel.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checks catch what would break the page or the panel's security, and leave ordinary templates alone. */
class ThemeInspectorTest {

    private final ThemeInspector inspector = new ThemeInspector();

    /**
     * Read as a theme's template (under another name), every default template parses and every expression in it is
     * understood; the only errors allowed are the type expressions and bean calls a few panel screens use (a theme's
     * copy of those passes while it is unchanged, see the next test).
     */
    @Test
    void everyDefaultTemplateParses() throws IOException {
        Path root = Path.of("src/main/resources/templates");
        List<String> errors = new ArrayList<>();
        List<String> inlineStyles = new ArrayList<>();
        int templates = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = "templates/copy-of/" + root.relativize(file).toString().replace('\\', '/');
                templates++;
                List<ThemeFinding> findings = inspector.inspectTemplate(path, Files.readString(file));
                // Our content security policy drops inline styles on pages; only e-mails may use them.
                findings.stream().filter(finding -> finding.messageKey().equals("theme.check.inlineStyle") && !path.contains("mail"))
                        .forEach(finding -> inlineStyles.add(finding.where() + " " + finding.detail()));
                findings.stream().filter(ThemeFinding::blocking)
                        .filter(finding -> !finding.messageKey().equals("theme.check.typeExpression")
                                && !finding.messageKey().equals("theme.check.beanReference"))
                        .forEach(finding -> errors.add(finding.where() + " " + finding.messageKey() + " " + finding.detail()));
            }
        }
        assertThat(templates).isGreaterThan(80);
        assertThat(errors).isEmpty();
        assertThat(inlineStyles).as("inline styles on pages").isEmpty();
    }

    @Test
    void anUnchangedCopyOfAPanelTemplatePassesAndAChangedOneIsChecked() throws IOException {
        String adminServer = Files.readString(Path.of("src/main/resources/templates/server/admin-server.html"));
        assertThat(adminServer).contains("T(");
        assertThat(inspector.inspectTemplate("templates/server/admin-server.html", adminServer)).isEmpty();
        assertThat(inspector.inspectTemplate("templates/server/admin-server.html", adminServer + "<!-- changed -->"))
                .extracting(ThemeFinding::messageKey).contains("theme.check.typeExpression");
    }

    @Test
    void theBuiltInMidnightThemeHasNoFindingsAtAll() {
        ThemeFiles files = new ThemeFiles.Classpath("themes/midnight/", "");
        Theme midnight = new Theme("midnight", Theme.Kind.BUILT_IN, ThemeLibrary.readManifest("midnight", files), files);
        assertThat(midnight.manifest().contextIds()).containsExactly("panel", "landing", "email");
        assertThat(inspector.inspect(midnight, "0.1.0-SNAPSHOT").findings()).isEmpty();
        assertThat(files.list()).contains("templates/fragments/layout.html", "templates/landing/landing.html",
                "templates/account/mail/welcome.html", "static/css/theme.css");
    }

    @Test
    void dangerousTemplatesAreErrors() {
        assertThat(errors("<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\">x</p>"))
                .containsExactly("theme.check.typeExpression");
        assertThat(errors("<p th:text=\"${new java.io.File('/etc/passwd').exists()}\">x</p>")).containsExactly("theme.check.constructor");
        assertThat(errors("<p th:text=\"${@settings.get(null)}\">x</p>")).containsExactly("theme.check.beanReference");
        assertThat(errors("<p th:if=\"${#lists.isEmpty(x)}\" th:text=\"|${a} and *{T(java.lang.System).exit(1)}|\">x</p>"))
                .containsExactly("theme.check.typeExpression");
        assertThat(errors("<div sec:authorize=\"T(java.lang.System).exit(1) == null\">x</div>")).containsExactly("theme.check.typeExpression");
        assertThat(errors("<p>[[${T(java.lang.System).getenv()}]]</p>")).containsExactly("theme.check.typeExpression");
        assertThat(errors("<script>\nalert(document.cookie)\n</script>")).containsExactly("theme.check.inlineScript");
        assertThat(errors("<button onclick=\"steal()\">x</button><a th:onclick=\"'x()'\">y</a>"))
                .containsExactly("theme.check.inlineHandler", "theme.check.inlineHandler");
        assertThat(errors("<a href=\"javascript:steal()\">x</a>")).containsExactly("theme.check.inlineScript");
        assertThat(errors("<script src=\"https://cdn.example.com/x.js\"></script><script th:src=\"@{//evil.example/x.js}\"></script>"))
                .containsExactly("theme.check.externalScript", "theme.check.externalScript");
    }

    @Test
    void brokenTemplatesAreErrors() {
        assertThat(errors("<p th:text=\"${a.b\">x</p>")).containsExactly("theme.check.expression");
        assertThat(errors("<p th:each=\"x ${list}\">x</p>")).containsExactly("theme.check.expression");
        assertThat(errors("<p th:text=\"${a +* b}\">x</p>")).containsExactly("theme.check.expression");
        assertThat(errors("<p th:text=\"${a}>x</p>\n<div class=\"'>")).containsExactly("theme.check.parse");
    }

    @Test
    void riskyButAllowedThingsAreWarnings() {
        List<ThemeFinding> findings = inspector.inspectTemplate("templates/account/login.html", """
                <div th:utext="${terms}"></div>
                <p style="color: red">x</p>
                <style>p { color: red }</style>
                <link rel="stylesheet" href="https://fonts.example.com/font.css">
                <p>[(${name})]</p>
                """);
        assertThat(findings).noneMatch(ThemeFinding::blocking);
        assertThat(findings).extracting(ThemeFinding::messageKey).containsExactly("theme.check.unescaped", "theme.check.inlineStyle",
                "theme.check.inlineStyle", "theme.check.externalStyle", "theme.check.unescaped");
        assertThat(findings.get(1).where()).isEqualTo("templates/account/login.html:2");
    }

    @Test
    void ordinaryTemplatesPassAndEmailsMayStyleInline() {
        assertThat(inspector.inspectTemplate("templates/account/login.html", """
                <html th:replace="~{fragments/layout :: page(~{::title}, ~{::section})}">
                <section th:with="n=${names}">
                  <p th:text="'T(java.lang.Runtime) is only text'">x</p>
                  <a th:href="@{/store/{id}(id=${p.id()})}" th:text="#{store.title}">x</a>
                  <script th:src="@{/js/panel.js}"></script>
                  <script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer></script>
                  <p th:each="x, s : ${list}" th:classappend="${s.last} ? 'last'" th:text="${#strings.toUpperCase(x)}">x</p>
                </section>
                </html>""")).isEmpty();
        assertThat(inspector.inspectTemplate("templates/account/mail/welcome.html",
                "<div style=\"color: #222\"><p th:text=\"#{mail.hello(${name})}\">x</p></div>")).isEmpty();
        assertThat(inspector.inspectTemplate("templates/account/mail/welcome.txt", "[(#{mail.hello(${name})})]\n[# th:if=\"${url}\"][(${url})][/]"))
                .isEmpty();
    }

    @Test
    void findsExpressionsInsideQuotesAndNesting() {
        assertThat(ThemeInspector.variableExpressions("#{a(${x.y('}')})} and *{z} ${ {1,2} }"))
                .containsExactly("x.y('}')", "z", " {1,2} ");
    }

    private List<String> errors(String template) {
        return inspector.inspectTemplate("templates/test/page.html", template).stream().filter(ThemeFinding::blocking)
                .map(ThemeFinding::messageKey).toList();
    }
}
