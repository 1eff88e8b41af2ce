package io.pteroca.panel.theme;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Puts themes into Thymeleaf: the theme resolver first in the chain, parsed templates kept per theme, and pages
 * rendered through {@link ThemedView} in full before they are sent, so a failing theme template can still give way.
 */
@Configuration(proxyBeanMethods = false)
class ThemeEngineConfiguration {

    @Bean
    ThemeTemplateCache themeTemplateCache(ObjectProvider<ThemeSelection> selection) {
        return new ThemeTemplateCache(() -> selection.getObject().current().name());
    }

    @Bean
    ThemeTemplateResolver themeTemplateResolver(ThemeSelection selection, ThemeInspector inspector, ThemeFallback fallback,
                                                @Value("${spring.thymeleaf.cache:true}") boolean cacheable) {
        return new ThemeTemplateResolver(selection, inspector, fallback, cacheable);
    }

    @Bean
    static BeanPostProcessor themedThymeleaf(ObjectProvider<ThemeTemplateCache> cache) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setCacheManager(cache.getObject());
                } else if (bean instanceof ThymeleafViewResolver views) {
                    views.setViewClass(ThemedView.class);
                    views.setProducePartialOutputWhileProcessing(false);
                }
                return bean;
            }
        };
    }
}
