package io.pteroca.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.application.model.NewUser;
import io.pteroca.pterodactyl.application.model.User;
import io.pteroca.pterodactyl.error.AuthenticationException;
import io.pteroca.pterodactyl.error.BadRequestException;
import io.pteroca.pterodactyl.error.ForbiddenException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.page.Page;
import io.pteroca.pterodactyl.support.PanelTest;
import io.pteroca.pterodactyl.support.Recordings;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ApplicationUsersTest extends PanelTest {

    private ApplicationApi api;

    @BeforeEach
    void client() {
        api = Pterodactyl.application(panel.settings(sleeper).build());
    }

    @Test
    void listsUsersWithEveryField() {
        panel.expect("recordings/01-list-users.json");

        Page<User> page = api.users().page(ListQuery.none());

        User admin = page.items().get(0);
        assertThat(admin.id()).isEqualTo(1);
        assertThat(admin.externalId()).isNull();
        assertThat(admin.uuid()).isEqualTo("d5fdc714-7a0e-4882-a1d7-738afc4f1043");
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.email()).isEqualTo("admin@localhost.test");
        assertThat(admin.firstName()).isEqualTo("Harness");
        assertThat(admin.lastName()).isEqualTo("Admin");
        assertThat(admin.language()).isEqualTo("en");
        assertThat(admin.rootAdmin()).isTrue();
        assertThat(admin.twoFactorEnabled()).isFalse();
        assertThat(admin.createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-23T12:39:35+00:00"));
        assertThat(page.pagination().total()).isEqualTo(1);
        assertThat(page.pagination().perPage()).isEqualTo(50);
        assertThat(page.hasNextPage()).isFalse();
        assertThat(panel.request(0).header("Authorization")).startsWith("Bearer ptla_");
        assertThat(panel.request(0).header("Accept")).isEqualTo("application/json");
    }

    @Test
    void createsUserAndSendsTheBody() {
        panel.expect("recordings/02-create-user-valid.json");

        User created = api.users().create(NewUser.of("billing-124450@example.test", "billing124450", "Billing", "Tester", null)
                .withPassword("Sup3r-Secret-Pass!"));

        assertThat(created.id()).isEqualTo(3);
        assertThat(created.rootAdmin()).isFalse();
        JsonNode sent = panel.request(0).json();
        assertThat(sent.get("email").asString()).isEqualTo("billing-124450@example.test");
        assertThat(sent.get("first_name").asString()).isEqualTo("Billing");
        assertThat(sent.get("password").asString()).isEqualTo("Sup3r-Secret-Pass!");
        assertThat(sent.has("external_id")).isFalse();
        assertThat(panel.request(0).header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void validationErrorsCarryFieldAndRule() {
        panel.expect("recordings/03-create-user-duplicate-email.json").expect("recordings/04-create-user-bad-email.json");

        assertThatThrownBy(() -> api.users().create(NewUser.of("billing-124450@example.test", "other124450", "Dup", "Email", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("ValidationException");
                    assertThat(e.detail()).isEqualTo("The email has already been taken.");
                    assertThat(e.sourceField()).isEqualTo("email");
                    assertThat(e.rule()).isEqualTo("unique");
                });
        assertThatThrownBy(() -> api.users().create(NewUser.of("not-an-email", "bad124450", "Bad", "Email", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("email"));
    }

    @Test
    void authAndPermissionErrorsAreDistinct() {
        panel.expect("recordings/05-get-user-404.json")
                .expect("recordings/06-no-api-key.json")
                .expect("recordings/37-application-api-with-nonadmin-client-key.json")
                .expect("recordings/42-delete-user-with-servers.json");

        assertThatThrownBy(() -> api.users().get(999999)).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.code()).isEqualTo("NotFoundHttpException");
            assertThat(e.detail()).isEqualTo("The requested resource could not be found on the server.");
        });
        assertThatThrownBy(() -> api.users().page(ListQuery.none())).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.detail()).isEqualTo("Unauthenticated."));
        assertThatThrownBy(() -> api.users().page(ListQuery.none())).isInstanceOfSatisfying(ForbiddenException.class,
                e -> assertThat(e.detail()).isEqualTo("This account does not have permission to access the API."));
        assertThatThrownBy(() -> api.users().delete(3)).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.code()).isEqualTo("DisplayException"));
    }

    @Test
    void deletesUser() {
        panel.expect("recordings/45-delete-user.json");

        api.users().delete(3);

        assertThat(panel.requests()).hasSize(1);
    }

    @Test
    void findsByExternalIdExactly() {
        panel.expect("recordings-2/133-app-user-by-external-id.json").expect("recordings-2/134-app-user-by-external-id-404.json");

        assertThat(api.users().findByExternalId("rec2-ext-125808")).get().extracting(User::id).isEqualTo(16);
        assertThat(api.users().findByExternalId("no-such-external-id")).isEmpty();
    }

    @Test
    void findByEmailIgnoresFuzzyFilterMatches() {
        // The recorded filter matched "rec2-owner-new-…" for a shorter term: a LIKE match, not equality.
        panel.serve("recordings-2/131-app-users-filter-email-partial.json")
                .serve("recordings-2/131-app-users-filter-email-partial.json");

        assertThat(api.users().findByEmail("rec2-owner@example.test")).isEmpty();
        assertThat(api.users().findByEmail("rec2-owner-new-125808@example.test")).get().extracting(User::id).isEqualTo(16);
        assertThat(panel.request(0).pathAndQuery()).isEqualTo("/api/application/users?filter%5Bemail%5D=rec2-owner%40example.test&page=1");
    }

    @Test
    void readModifyWriteSendsEveryRequiredUserField() {
        panel.serve("recordings-2/133-app-user-by-external-id.json").expect("recordings-2/135-app-user-update-full.json");

        User updated = api.users().update(16, current -> current.withName("Recorded", "Owner"));

        assertThat(updated.firstName()).isEqualTo("Recorded");
        JsonNode sent = panel.request(1).json();
        assertThat(sent.get("email").asString()).isEqualTo("rec2-owner-new-125808@example.test");
        assertThat(sent.get("username").asString()).isEqualTo("rec2owner125808");
        assertThat(sent.get("first_name").asString()).isEqualTo("Recorded");
        assertThat(sent.get("last_name").asString()).isEqualTo("Owner");
        assertThat(sent.get("external_id").asString()).isEqualTo("rec2-ext-125808");
        assertThat(sent.has("password")).isFalse();
    }

    @Test
    void streamsEveryPage() {
        // Page 2 is the recording; pages 1, 3, 4 and 5 are the same body with the page number changed.
        JsonNode recorded = Recordings.load("recordings-2/137-app-users-page2-per-page1.json").get("body");
        for (int page = 1; page <= 5; page++) {
            ObjectNode body = (ObjectNode) recorded.deepCopy();
            ((ObjectNode) body.get("meta").get("pagination")).put("current_page", page);
            ((ObjectNode) body.get("data").get(0).get("attributes")).put("id", 100 + page);
            panel.respond(200, body.toString(), Map.of("Content-Type", "application/json"));
        }

        List<Integer> ids = api.users().stream(ListQuery.none().perPage(1)).map(User::id).toList();

        assertThat(ids).containsExactly(101, 102, 103, 104, 105);
        assertThat(panel.requests()).extracting(r -> r.pathAndQuery())
                .containsExactly("/api/application/users?per_page=1&page=1", "/api/application/users?per_page=1&page=2",
                        "/api/application/users?per_page=1&page=3", "/api/application/users?per_page=1&page=4",
                        "/api/application/users?per_page=1&page=5");
    }
}
