/**
 * Demo mode: the emulator inside the panel, demo accounts, store and mailbox.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "catalog", "order", "pterodactyl", "setting", "setup", "shared", "wallet"})
package io.pteroca.panel.demo;
