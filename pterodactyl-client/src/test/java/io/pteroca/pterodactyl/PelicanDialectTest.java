package io.pteroca.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.application.model.Egg;
import io.pteroca.pterodactyl.application.model.FeatureLimits;
import io.pteroca.pterodactyl.application.model.NewServer;
import io.pteroca.pterodactyl.application.model.Node;
import io.pteroca.pterodactyl.application.model.ResourceLimits;
import io.pteroca.pterodactyl.application.model.Server;
import io.pteroca.pterodactyl.application.model.User;
import io.pteroca.pterodactyl.error.BadRequestException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.support.PanelTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The client against a real Pelican Panel's recorded answers (pelican-recordings/, v1.0.0-beta38). */
class PelicanDialectTest extends PanelTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("MINECRAFT_VERSION", "latest", "SERVER_JARFILE", "server.jar",
            "BUILD_NUMBER", "latest", "DL_PATH", "");

    private ApplicationApi api;

    @BeforeEach
    void client() {
        api = Pterodactyl.application(panel.settings(sleeper).build());
    }

    @Test
    void detectsPelicanByItsEggListAndPterodactylByTheMissingRoute() {
        panel.serve("pelican-recordings/001-app-eggs-list-include-variables.json");
        assertThat(api.detectDialect()).isEqualTo(PanelDialect.PELICAN);
        assertThat(panel.request(0).pathAndQuery()).isEqualTo("/api/application/eggs");

        // Pterodactyl has no /eggs route: its router answers the same 404 Pelican gives for the missing nests.
        panel.serve("pelican-recordings/003-app-nests-list-gone.json");
        assertThat(api.detectDialect()).isEqualTo(PanelDialect.PTERODACTYL);
        assertThat(PanelDialect.PELICAN.applicationRateLimit().requestsPerMinute()).isEqualTo(256);
        assertThat(PanelDialect.PELICAN.clientRateLimit().requestsPerMinute()).isEqualTo(256);
    }

    @Test
    void readsEggsWithTagsAndRuleListsAndNoNest() {
        panel.expect("pelican-recordings/001-app-eggs-list-include-variables.json");

        List<Egg> eggs = api.eggs().list("variables");

        assertThat(eggs).extracting(Egg::name).containsExactly("Paper", "Vanilla Minecraft", "Forge Minecraft", "Bungeecord");
        Egg paper = eggs.get(0);
        assertThat(paper.nest()).isZero();
        assertThat(paper.tags()).containsExactly("minecraft");
        assertThat(paper.dockerImages()).containsEntry("Java 21", "ghcr.io/pelican-eggs/yolks:java_21");
        assertThat(paper.startupCommands()).containsKey("Default");
        assertThat(paper.relationships().variables().get(0).rules()).isEqualTo("required|string|max:20");
    }

    @Test
    void readsNodesWithTagsAndAnEmptyDeployableList() {
        panel.serve("pelican-recordings/005-app-nodes-list.json")
                .expect("pelican-recordings/009-app-nodes-deployable-tags.json")
                .expect("pelican-recordings/010-app-nodes-deployable-unknown-tag.json");

        Node node = api.nodes().stream(ListQuery.none()).toList().get(0);
        assertThat(node.tags()).containsExactly("eu", "game");
        assertThat(node.locationId()).isZero();
        assertThat(api.nodes().deployableByTags(1024, 5120, List.of("eu"))).extracting(Node::id).containsExactly(1);
        assertThat(api.nodes().deployableByTags(1024, 5120, List.of("us"))).isEmpty();
    }

    @Test
    void readsUsersWithoutNames() {
        panel.expect("pelican-recordings/018-app-users-list.json").expect("pelican-recordings/026-app-user-get-404.json");

        User admin = api.users().page(ListQuery.none()).items().get(0);

        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.firstName()).isNull();
        assertThat(admin.rootAdmin()).isTrue();
        assertThatThrownBy(() -> api.users().get(999999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void createsFromTheEggAloneDeployingByTagsWithOomKiller() {
        panel.expect("pelican-recordings/085-app-server-create-deploy-empty-port-range.json");

        Server server = api.servers().create(new NewServer("Billing test server 045038", 2, 1, null, null, ENVIRONMENT,
                new ResourceLimits(1024, 0, 5120, 500, 100, null).withOomKiller(false), new FeatureLimits(2, 3, 2), null,
                NewServer.Deployment.byTags(List.of("game"), false, List.of()), "billing-order-045038-deploy2", null, null, null,
                false));

        JsonNode sent = panel.request(0).json();
        assertThat(sent.has("docker_image")).isFalse();
        assertThat(sent.has("startup")).isFalse();
        assertThat(sent.at("/limits/oom_killer").asBoolean(true)).isFalse();
        assertThat(sent.at("/deploy/tags/0").asString()).isEqualTo("game");
        assertThat(sent.at("/deploy").has("locations")).isFalse();
        assertThat(sent.at("/deploy/port_range").isArray()).isTrue();
        assertThat(server.allocation()).as("an empty port range places the server without one").isZero();
        assertThat(server.nest()).isZero();
        assertThat(server.container().image()).isEqualTo("ghcr.io/pelican-eggs/yolks:java_21");
    }

    @Test
    void reportsPelicansRefusalsInTheSharedErrorShape() {
        panel.serve("pelican-recordings/087-app-server-create-deploy-locations-pterodactyl-style.json")
                .serve("pelican-recordings/086-app-server-create-deploy-no-matching-tag.json");
        NewServer body = new NewServer("x", 2, 1, null, null, ENVIRONMENT, new ResourceLimits(1024, 0, 5120, 500, 100, null),
                new FeatureLimits(2, 3, 2), null, new NewServer.Deployment(List.of(1), false, List.of()), null, null, null, null, false);

        assertThatThrownBy(() -> api.servers().create(body)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.hasErrorFor("deploy.tags", "present")).isTrue());
        assertThatThrownBy(() -> api.servers().create(body)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("No nodes satisfying");
    }
}
