/**
 * Themes: folders of templates and assets that override the default theme file by file, checked before they are
 * used, chosen in Settings → Appearance; the landing page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "setting", "shared"})
package io.pteroca.panel.theme;
