package io.pteroca.pterodactyl.client.model;

/** Client {@code user} from {@code GET /api/client/account}. */
public record Account(int id, boolean admin, String username, String email, String firstName, String lastName,
                      String language) {
}
