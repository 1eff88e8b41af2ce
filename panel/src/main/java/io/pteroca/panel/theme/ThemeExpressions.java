package io.pteroca.panel.theme;

/**
 * {@code #theme} in templates: the theme rendering now and the URLs of its files, e.g.
 * {@code th:href="@{${#theme.asset('css/theme.css')}}"}. Asset URLs carry a digest of the theme's files, so they
 * may be cached for a year.
 */
public final class ThemeExpressions {

    private final Theme theme;
    private final boolean previewing;

    ThemeExpressions(Theme theme, boolean previewing) {
        this.theme = theme;
        this.previewing = previewing;
    }

    public String getName() {
        return theme.name();
    }

    /** True while an admin previews this theme (only that admin sees it). */
    public boolean isPreviewing() {
        return previewing;
    }

    public boolean hasAsset(String path) {
        return ThemeFiles.safe(path) && theme.asset(path).isPresent();
    }

    /** {@code /theme-assets/<theme>/<digest>/<path>}. */
    public String asset(String path) {
        return ThemeAssetController.PREFIX + theme.name() + "/" + theme.assetVersion() + "/" + path;
    }
}
