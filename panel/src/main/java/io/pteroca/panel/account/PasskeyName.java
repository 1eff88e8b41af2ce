package io.pteroca.panel.account;

import io.pteroca.panel.shared.Refusal;

/** The name an owner gives a passkey ("Phone", "YubiKey"): trimmed, one line, 1 to 100 characters. */
final class PasskeyName {

    static final int MAX_LENGTH = 100;

    private PasskeyName() {
    }

    static String of(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw Refusal.onField("name", "passkeys.nameInvalid");
        }
        return trimmed;
    }
}
