package io.pteroca.panel.pterodactyl;

import java.util.Locale;

/**
 * Usernames Pterodactyl accepts ({@code ^[a-z0-9]([\w.-]+)[a-z0-9]$}, at most 191 characters), derived from
 * the e-mail's local part.
 */
final class PterodactylUsernames {

    private static final int MAX = 191;

    private PterodactylUsernames() {
    }

    static String fromEmail(String email) {
        String local = email.substring(0, Math.max(email.indexOf('@'), 0)).toLowerCase(Locale.ROOT);
        String cleaned = local.replaceAll("[^a-z0-9_.-]", "_").replaceAll("^[^a-z0-9]+", "").replaceAll("[^a-z0-9]+$", "");
        if (cleaned.length() < 3) {
            cleaned = "user" + (cleaned.isEmpty() ? "" : "_" + cleaned);
        }
        return cleaned.length() > MAX - 21 ? cleaned.substring(0, MAX - 21).replaceAll("[^a-z0-9]+$", "") : cleaned;
    }

    static String withSuffix(String username, long accountId) {
        return username + "-" + accountId;
    }
}
