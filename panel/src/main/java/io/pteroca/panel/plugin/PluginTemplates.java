package io.pteroca.panel.plugin;

import io.pteroca.plugin.web.View;
import io.pteroca.plugin.web.Viewer;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a plugin's Thymeleaf templates from its own jar ({@code templates/…}), with its own message bundles
 * ({@code i18n/messages*.properties}), escaped by default. Each plugin gets an engine of its own that knows no
 * panel bean and no panel template, so a template can neither call into the panel nor include its pages; the
 * panel puts the result into its layout.
 */
@Component
class PluginTemplates {

    static final String FOLDER = "templates";

    private final Map<ActivePlugin, SpringTemplateEngine> engines = new ConcurrentHashMap<>();
    private final GenericApplicationContext noBeans = new GenericApplicationContext();
    private final DefaultConversionService conversions = new DefaultConversionService();

    PluginTemplates() {
        noBeans.refresh();
    }

    /** The HTML of a view; {@code extra} adds what the panel provides (csrf, base, assets, viewer). */
    String render(ActivePlugin plugin, View view, Viewer viewer, Map<String, Object> extra) {
        Context context = new Context(viewer.locale());
        context.setVariables(view.model());
        context.setVariables(extra);
        context.setVariable("viewer", viewer);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(noBeans, conversions));
        return engine(plugin).process(view.template(), context);
    }

    /** A message of the plugin's bundle, or the key itself when the bundle lacks it. */
    String message(ActivePlugin plugin, String key, Locale locale, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, plugin.classLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Forgets the engines of plugins no longer running, so their class loaders can go. */
    void forgetStopped(java.util.Collection<ActivePlugin> running) {
        engines.keySet().removeIf(plugin -> !running.contains(plugin));
    }

    private SpringTemplateEngine engine(ActivePlugin plugin) {
        return engines.computeIfAbsent(plugin, p -> {
            ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(p.classLoader());
            resolver.setPrefix(FOLDER + "/");
            resolver.setSuffix(".html");
            resolver.setTemplateMode(TemplateMode.HTML);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setCacheable(true);
            SpringTemplateEngine engine = new SpringTemplateEngine();
            engine.setEnableSpringELCompiler(false);
            engine.setTemplateResolver(resolver);
            engine.setMessageResolver(new BundleMessages(p, this));
            engine.setLinkBuilder(new StandardLinkBuilder() {
                @Override
                protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                    return "";
                }
            });
            return engine;
        });
    }

    /** {@code #{key}} in a plugin template reads the plugin's bundle. */
    private static final class BundleMessages extends AbstractMessageResolver {

        private final ActivePlugin plugin;
        private final PluginTemplates templates;

        BundleMessages(ActivePlugin plugin, PluginTemplates templates) {
            this.plugin = plugin;
            this.templates = templates;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return templates.message(plugin, key, context.getLocale(), args == null ? new Object[0] : args);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return key;
        }
    }

    /** What every plugin template gets besides its model. */
    static Map<String, Object> extras(ActivePlugin plugin, String base, String csrfName, String csrfToken) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("base", base);
        extra.put("assets", "/plugin-assets/" + plugin.id());
        extra.put("csrf", Map.of("parameterName", csrfName, "token", csrfToken));
        return extra;
    }
}
