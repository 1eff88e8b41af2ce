/**
 * The REST API under {@code /api/v1} for scripts and bots: personal access tokens (account page and command line),
 * bearer sign-in with per-token rate limits, idempotent money-moving POSTs, and its OpenAPI document. Every answer
 * comes from the other features' public services; nothing here decides about money, servers or permissions itself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "catalog", "order", "payment",
        "server", "shared", "voucher", "wallet"})
package io.pteroca.panel.api;
