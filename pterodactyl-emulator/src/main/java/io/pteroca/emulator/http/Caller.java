package io.pteroca.emulator.http;

import io.pteroca.emulator.state.ApiKey;
import io.pteroca.emulator.state.User;

/** Who made a call: the key used and the user owning it. */
public record Caller(ApiKey key, User user) {
}
