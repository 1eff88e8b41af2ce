/**
 * Typed settings, encrypted secrets, the admin settings pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "media", "shared"})
package io.pteroca.panel.setting;
