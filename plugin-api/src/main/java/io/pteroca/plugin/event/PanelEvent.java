package io.pteroca.plugin.event;

import java.time.Instant;

/**
 * Something that happened in the panel, delivered to plugins after the work that raised it committed. Events are
 * immutable records; money is {@code BigDecimal} with 4 decimals in the site's currency. They carry ids and a
 * few facts, never passwords, tokens or keys. The catalogue is the set of classes in this package; see the
 * plugin guide for when each one is raised.
 */
public interface PanelEvent {

    /** When it happened, by the panel's clock. */
    Instant occurredAt();
}
