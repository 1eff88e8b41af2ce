package io.pteroca.pterodactyl.application;

import io.pteroca.pterodactyl.application.model.NewUser;
import io.pteroca.pterodactyl.application.model.User;
import io.pteroca.pterodactyl.application.model.UserUpdate;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.http.ApiRequest;
import io.pteroca.pterodactyl.http.ApiTransport;
import io.pteroca.pterodactyl.json.PanelJson;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.page.Pages;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** {@code /api/application/users}. */
public final class UsersApi {

    private final ApiTransport transport;

    UsersApi(ApiTransport transport) {
        this.transport = transport;
    }

    /** One page; filters: email, uuid, username, external_id (all fuzzy); sorts: id, uuid. */
    public Page<User> page(ListQuery query) {
        return PanelJson.page(transport.execute(ApiRequest.get("/api/application/users").query(query)).json(), User.class);
    }

    /** Every user matching the query, fetching further pages as the stream is consumed. */
    public Stream<User> stream(ListQuery query) {
        return Pages.stream(page -> page(query.page(page)));
    }

    public User get(int id, String... includes) {
        ApiRequest request = ApiRequest.get("/api/application/users/{id}", id);
        if (includes.length > 0) {
            request = request.query(ListQuery.none().include(includes));
        }
        return PanelJson.item(transport.execute(request).json(), User.class);
    }

    /** Exact lookup; empty when no user has this external id. */
    public Optional<User> findByExternalId(String externalId) {
        try {
            return Optional.of(PanelJson.item(transport.execute(
                    ApiRequest.get("/api/application/users/external/{externalId}", externalId)).json(), User.class));
        } catch (NotFoundException notFound) {
            return Optional.empty();
        }
    }

    /** {@code filter[email]} is a LIKE match, so the candidates are checked for the exact address. */
    public Optional<User> findByEmail(String email) {
        return stream(ListQuery.none().filter("email", email))
                .filter(user -> user.email().equalsIgnoreCase(email))
                .findFirst();
    }

    /** Usernames are stored lower-cased; the fuzzy filter's candidates are checked for equality. */
    public Optional<User> findByUsername(String username) {
        return stream(ListQuery.none().filter("username", username))
                .filter(user -> user.username().equalsIgnoreCase(username))
                .findFirst();
    }

    /** Creates the user; on a timeout or 5xx it looks the user up by external id instead of duplicating it. */
    public User create(NewUser user) {
        return ExternalIdRecovery.create(transport.settings(), user.externalId(),
                () -> PanelJson.item(transport.execute(ApiRequest.of("POST", "/api/application/users").json(user)).json(), User.class),
                this::findByExternalId);
    }

    /** Sends the full replacement body as given. */
    public User update(int id, UserUpdate update) {
        return PanelJson.item(transport.execute(
                ApiRequest.of("PATCH", "/api/application/users/{id}", id).json(update)).json(), User.class);
    }

    /** Read-modify-write: loads the user, applies {@code change} to its full update body and sends it. */
    public User update(int id, UnaryOperator<UserUpdate> change) {
        return update(id, change.apply(UserUpdate.from(get(id))));
    }

    /** Fails with 400 while the user still owns servers. */
    public void delete(int id) {
        transport.execute(ApiRequest.of("DELETE", "/api/application/users/{id}", id));
    }
}
