/**
 * Demo mode: the emulator inside the panel, demo accounts, store, the customer's running server, the mailbox that
 * catches every e-mail (a mail transport) and the stand-in for Stripe.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "catalog", "mail", "order", "pterodactyl", "server",
        "setting", "setup", "shared", "wallet"})
package io.pteroca.panel.demo;
