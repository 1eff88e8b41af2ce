package io.pteroca.panel.theme;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.ICacheEntryValidityChecker;
import org.thymeleaf.cache.ICacheManager;
import org.thymeleaf.cache.StandardCache;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.cache.TemplateCacheKey;
import org.thymeleaf.engine.TemplateModel;

/**
 * Thymeleaf keeps parsed templates by name; with themes the same name means a different file per theme. So parsed
 * templates are kept apart per theme (the one rendering now), and an admin's preview never shows up for anyone else.
 * Parsed expressions do not depend on the theme and stay shared.
 */
final class ThemeTemplateCache implements ICacheManager {

    private final StandardCacheManager shared = new StandardCacheManager();
    private final Map<String, ICache<TemplateCacheKey, TemplateModel>> perTheme = new ConcurrentHashMap<>();
    private final Supplier<String> currentTheme;
    private final ICache<TemplateCacheKey, TemplateModel> scoped = new Scoped();

    ThemeTemplateCache(Supplier<String> currentTheme) {
        this.currentTheme = currentTheme;
    }

    /** Drops what was parsed from a theme, after its files changed or one of its templates failed. */
    void clear(String theme) {
        perTheme.remove(theme);
    }

    @Override
    public ICache<TemplateCacheKey, TemplateModel> getTemplateCache() {
        return scoped;
    }

    @Override
    public ICache<org.thymeleaf.cache.ExpressionCacheKey, Object> getExpressionCache() {
        return shared.getExpressionCache();
    }

    @Override
    public <K, V> ICache<K, V> getSpecificCache(String name) {
        return shared.getSpecificCache(name);
    }

    @Override
    public List<String> getAllSpecificCacheNames() {
        return shared.getAllSpecificCacheNames();
    }

    @Override
    public void clearAllCaches() {
        perTheme.clear();
        shared.clearAllCaches();
    }

    private ICache<TemplateCacheKey, TemplateModel> current() {
        return perTheme.computeIfAbsent(currentTheme.get(), theme -> new StandardCache<>("TEMPLATE_CACHE[" + theme + "]",
                true, 20, StandardCacheManager.DEFAULT_TEMPLATE_CACHE_MAX_SIZE,
                StandardCacheManager.DEFAULT_TEMPLATE_CACHE_VALIDITY_CHECKER,
                LoggerFactory.getLogger(ThemeTemplateCache.class), false));
    }

    private final class Scoped implements ICache<TemplateCacheKey, TemplateModel> {

        @Override
        public void put(TemplateCacheKey key, TemplateModel value) {
            current().put(key, value);
        }

        @Override
        public TemplateModel get(TemplateCacheKey key) {
            return current().get(key);
        }

        @Override
        public TemplateModel get(TemplateCacheKey key,
                                 ICacheEntryValidityChecker<? super TemplateCacheKey, ? super TemplateModel> validityChecker) {
            return current().get(key, validityChecker);
        }

        @Override
        public void clear() {
            perTheme.clear();
        }

        @Override
        public void clearKey(TemplateCacheKey key) {
            perTheme.values().forEach(cache -> cache.clearKey(key));
        }

        @Override
        public Set<TemplateCacheKey> keySet() {
            Set<TemplateCacheKey> keys = new HashSet<>();
            perTheme.values().forEach(cache -> keys.addAll(cache.keySet()));
            return keys;
        }
    }
}
