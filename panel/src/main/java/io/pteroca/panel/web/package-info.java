/**
 * Security configuration, layout, locale, dashboard, error pages, appearance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "pterodactyl", "setting", "setup", "shared"})
package io.pteroca.panel.web;
