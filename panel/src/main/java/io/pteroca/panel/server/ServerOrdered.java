package io.pteroca.panel.server;

/** A server was paid for; provisioning starts once the purchase commits. */
record ServerOrdered(long serverId) {
}
