/**
 * Announcements: messages from the provider (sanitised HTML) to everyone, to customers with servers or to one
 * product's customers, shown above their pages between a start and an end, dismissible or not, and, when asked, e-mailed to them once
 * it starts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "catalog", "mail", "server", "setting", "shared"})
package io.pteroca.panel.announcement;
