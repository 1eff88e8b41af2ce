/**
 * A generated data set for benchmarks and load tests: customers, servers, orders, payments, ledgers and logs in the
 * numbers of a grown provider, written with batched JDBC, and the matching servers in a Pterodactyl emulator. Refuses
 * to touch a database with real customers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "pterodactyl", "server", "setup", "shared", "wallet"})
package io.pteroca.panel.dataset;
