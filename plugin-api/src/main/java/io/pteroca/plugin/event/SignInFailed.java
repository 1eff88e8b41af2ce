package io.pteroca.plugin.event;

import java.time.Instant;

/** A sign-in was refused (wrong password, unknown address or blocked account). */
public record SignInFailed(Instant occurredAt, String email, String ip) implements PanelEvent {
}
