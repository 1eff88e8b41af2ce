/**
 * E-mail: rendering, sending after commit, the e-mail log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "setting", "shared", "theme"})
package io.pteroca.panel.mail;
