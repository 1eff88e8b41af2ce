/**
 * The admin overview: the business in figures (money in, customers, servers, what waits for an admin) and charts,
 * each figure a link to the list behind it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "catalog", "mail", "payment", "pterodactyl",
        "server", "setting", "wallet", "shared"})
package io.pteroca.panel.overview;
