/**
 * The store: categories, products, their limits, placement, eggs and prices, node capacity.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "media", "pterodactyl", "shared", "wallet"})
package io.pteroca.panel.catalog;
