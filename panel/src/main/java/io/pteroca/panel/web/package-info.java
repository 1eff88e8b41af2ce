/**
 * Security configuration, layout, locale, the start page, error pages, appearance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "setting", "setup", "shared"})
package io.pteroca.panel.web;
