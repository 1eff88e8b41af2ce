package io.pteroca.panel.theme;

import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.spring6.templateresource.SpringResourceTemplateResource;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ITemplateResolver;
import org.thymeleaf.templateresolver.TemplateResolution;

/**
 * First in the chain of template resolvers, for pages and e-mails alike: the current theme's file when it has one
 * for the template, takes part in its context and passes the checks; otherwise nothing, and the panel's own
 * templates answer. {@code default:fragments/layout} always names the panel's own template, so a theme can build on
 * parts of it (e.g. {@code ~{default:fragments/layout :: #nav}}).
 */
final class ThemeTemplateResolver implements ITemplateResolver {

    static final String DEFAULT_PREFIX = "default:";

    private final ThemeSelection selection;
    private final ThemeInspector inspector;
    private final ThemeFallback fallback;
    private final ICacheEntryValidity validity;

    ThemeTemplateResolver(ThemeSelection selection, ThemeInspector inspector, ThemeFallback fallback, boolean cacheable) {
        this.selection = selection;
        this.inspector = inspector;
        this.fallback = fallback;
        this.validity = cacheable ? AlwaysValidCacheEntryValidity.INSTANCE : NonCacheableCacheEntryValidity.INSTANCE;
    }

    @Override
    public String getName() {
        return "themes";
    }

    @Override
    public Integer getOrder() {
        return -100;
    }

    @Override
    public TemplateResolution resolveTemplate(IEngineConfiguration configuration, String ownerTemplate, String template,
                                              Map<String, Object> templateResolutionAttributes) {
        if (template.startsWith(DEFAULT_PREFIX)) {
            return panelTemplate(template.substring(DEFAULT_PREFIX.length()));
        }
        Theme theme = selection.current();
        if (theme.isDefault() || fallback.isBroken(theme, template)) {
            return null;
        }
        Optional<Resource> file = theme.template(template);
        if (file.isEmpty()) {
            return null;
        }
        String path = Theme.templatePath(template);
        Optional<ThemeFinding> problem = inspector.blockingProblem(path, file.get());
        if (problem.isPresent()) {
            fallback.setAside(theme, template, problem.get().where() + " " + problem.get().messageKey() + " "
                    + problem.get().detail());
            return null;
        }
        return resolution(file.get(), template);
    }

    private TemplateResolution panelTemplate(String template) {
        String path = Theme.templatePath(template);
        if (!ThemeFiles.safe(path)) {
            return null;
        }
        Resource resource = new ClassPathResource(path);
        return resource.exists() ? resolution(resource, template) : null;
    }

    private TemplateResolution resolution(Resource resource, String template) {
        TemplateMode mode = template.endsWith(".txt") ? TemplateMode.TEXT : TemplateMode.HTML;
        return new TemplateResolution(new SpringResourceTemplateResource(resource, "UTF-8"), true, mode, false, validity);
    }
}
