/**
 * Announcements: messages from the provider (sanitised HTML) to everyone, to customers with servers or to one
 * product's customers, shown above their pages between a start and an end, dismissible or not.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "catalog", "server", "setting", "shared"})
package io.pteroca.panel.announcement;
