/**
 * One customer as an admin sees them: the customer page gathering their servers, payments, wallet, orders, sessions
 * and audit lines from the features that own them; closing an account with servers (the servers and then the
 * Pterodactyl user go, through durable work); the data-protection export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "order", "payment",
        "pterodactyl", "server", "setting", "shared", "wallet", "catalog"})
package io.pteroca.panel.customer;
