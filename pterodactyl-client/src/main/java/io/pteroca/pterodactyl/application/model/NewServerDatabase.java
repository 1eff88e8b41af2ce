package io.pteroca.pterodactyl.application.model;

/** Body of {@code POST /servers/{id}/databases}: {@code remote} is e.g. {@code %}, {@code host} a database host id. */
public record NewServerDatabase(String database, String remote, int host) {
}
