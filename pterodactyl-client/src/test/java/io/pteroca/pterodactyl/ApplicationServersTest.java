package io.pteroca.pterodactyl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.application.model.Allocation;
import io.pteroca.pterodactyl.application.model.Egg;
import io.pteroca.pterodactyl.application.model.FeatureLimits;
import io.pteroca.pterodactyl.application.model.Location;
import io.pteroca.pterodactyl.application.model.LocationSpec;
import io.pteroca.pterodactyl.application.model.NewAllocations;
import io.pteroca.pterodactyl.application.model.NewServer;
import io.pteroca.pterodactyl.application.model.NewUser;
import io.pteroca.pterodactyl.application.model.Node;
import io.pteroca.pterodactyl.application.model.ResourceLimits;
import io.pteroca.pterodactyl.application.model.Server;
import io.pteroca.pterodactyl.application.model.User;
import io.pteroca.pterodactyl.error.BadRequestException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.RequestTimeoutException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.page.ListQuery;
import io.pteroca.pterodactyl.support.PanelTest;
import io.pteroca.pterodactyl.support.Recordings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApplicationServersTest extends PanelTest {

    /** For the timeout tests: the create is never answered in time; the lookup after it answers well within this. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private ApplicationApi api;

    @BeforeEach
    void client() {
        api = Pterodactyl.application(panel.settings(sleeper).build());
    }

    private static NewServer paperServer(String externalId) {
        return new NewServer("Billing test server 124450", 3, 5, "ghcr.io/pterodactyl/yolks:java_21",
                "java -Xms128M -XX:MaxRAMPercentage=95.0 -Dterminal.jline=false -Dterminal.ansi=true -jar {{SERVER_JARFILE}}",
                Map.of("MINECRAFT_VERSION", "latest", "SERVER_JARFILE", "server.jar", "DL_PATH", "", "BUILD_NUMBER", "latest"),
                new ResourceLimits(1024, 0, 5120, 500, 100, null), new FeatureLimits(1, 2, 1),
                new NewServer.AllocationChoice(1, List.of()), null, externalId, "created by the acceptance-test recorder",
                null, null, false);
    }

    @Test
    void createsServerAndMapsEveryField() {
        panel.expect("recordings/13-create-server-valid.json");

        Server server = api.servers().create(paperServer("billing-order-124450"));

        assertThat(server.id()).isEqualTo(2);
        assertThat(server.externalId()).isEqualTo("billing-order-124450");
        assertThat(server.identifier()).isEqualTo("e06a9d93");
        assertThat(server.status()).isEqualTo("installing");
        assertThat(server.installing()).isTrue();
        assertThat(server.limits().memory()).isEqualTo(1024);
        assertThat(server.limits().threads()).isNull();
        assertThat(server.limits().oomDisabled()).isTrue();
        assertThat(server.featureLimits()).isEqualTo(new FeatureLimits(1, 2, 1));
        assertThat(server.user()).isEqualTo(3);
        assertThat(server.egg()).isEqualTo(5);
        assertThat(server.container().installed()).isZero();
        assertThat(server.container().environment()).containsEntry("SERVER_JARFILE", "server.jar")
                .containsEntry("P_SERVER_ALLOCATION_LIMIT", "2");
        JsonNode sent = panel.request(0).json();
        assertThat(sent.get("limits").has("threads")).isTrue();
        assertThat(sent.get("allocation").get("default").asInt()).isEqualTo(1);
        assertThat(sent.get("feature_limits").get("databases").asInt()).isEqualTo(1);
        assertThat(sent.has("deploy")).isFalse();
        assertThat(sent.get("environment").get("DL_PATH").asString()).isEmpty();
    }

    @Test
    void createValidationListsEveryError() {
        panel.serve("recordings/14-create-server-missing-fields.json").serve("recordings/15-create-server-allocation-taken.json")
                .serve("recordings-2/153-app-server-create-duplicate-external-id.json");

        assertThatThrownBy(() -> api.servers().create(paperServer(null))).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).hasSizeGreaterThan(3);
            assertThat(e.hasErrorFor("docker_image", "required")).isTrue();
        });
        assertThatThrownBy(() -> api.servers().create(paperServer(null))).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.sourceField()).isEqualTo("allocation.default");
            assertThat(e.rule()).isEqualTo("exists");
        });
        assertThatThrownBy(() -> api.servers().create(paperServer("rec2-ext-srv-125808")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.sourceField()).isEqualTo("external_id"));
        assertThat(panel.requests()).hasSize(3);
    }

    @Test
    void getsServerWithIncludes() {
        panel.expect("recordings/16-get-server-include-allocations-user.json").expect("recordings-2/139-app-server-include-all.json");

        Server withUser = api.servers().get(2, "allocations", "user");
        Server withAll = api.servers().get(12, "variables", "egg", "location", "node", "databases", "subusers");

        assertThat(withUser.relationships().allocations()).extracting(Allocation::port).containsExactly(25565);
        assertThat(withUser.relationships().user().username()).isEqualTo("billing124450");
        Server.Relationships all = withAll.relationships();
        assertThat(all.egg().name()).isEqualTo("Paper");
        assertThat(all.egg().dockerImages()).containsEntry("Java 17", "ghcr.io/pterodactyl/yolks:java_17");
        assertThat(all.variables()).hasSize(4);
        assertThat(all.variables().get(1).serverValue()).isEqualTo("paper.jar");
        assertThat(all.location().shortCode()).isEqualTo("local1");
        assertThat(all.node().daemonListen()).isEqualTo(8443);
        assertThat(all.databases().get(0).database()).isEqualTo("s12_main");
        assertThat(all.subusers()).extracting(s -> s.userId()).containsExactly(18, 19);
    }

    @Test
    void findsServerByExternalId() {
        panel.expect("recordings/17-get-server-by-external-id.json").expect("recordings/44-get-deleted-server-404.json");

        assertThat(api.servers().findByExternalId("billing-order-124450")).get().extracting(Server::id).isEqualTo(2);
        assertThatThrownBy(() -> api.servers().get(2)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void lifecycleCallsAnswerWithoutBody() {
        panel.expect("recordings/19-suspend-server.json").expect("recordings/20-unsuspend-server.json")
                .expect("recordings-2/145-app-server-reinstall.json").expect("recordings/43-delete-server.json")
                .expect("recordings-2/154-app-server-delete-force.json");

        api.servers().suspend(2);
        api.servers().unsuspend(2);
        api.servers().reinstall(12);
        api.servers().delete(2);
        api.servers().forceDelete(14);

        assertThat(panel.requests()).hasSize(5);
    }

    @Test
    void buildUpdateSendsAllocationAndEveryFeatureLimit() {
        panel.expect("recordings/18-get-server-after-install.json").serve("recordings/21-update-build.json");

        Server updated = api.servers().updateBuild(2, build -> build.withLimits(build.limits().withMemory(2048).withDisk(10240).withCpu(200))
                .withFeatureLimits(new FeatureLimits(2, 3, 2)));

        assertThat(updated.limits().memory()).isEqualTo(2048);
        JsonNode sent = panel.request(1).json();
        assertThat(panel.request(1).method()).isEqualTo("PATCH");
        assertThat(panel.request(1).pathAndQuery()).isEqualTo("/api/application/servers/2/build");
        assertThat(sent.get("allocation").asInt()).isEqualTo(1);
        assertThat(sent.get("limits").get("memory").asInt()).isEqualTo(2048);
        assertThat(sent.get("limits").get("io").asInt()).isEqualTo(500);
        assertThat(sent.get("limits").has("threads")).isTrue();
        assertThat(sent.get("feature_limits").get("databases").asInt()).isEqualTo(2);
        assertThat(sent.get("feature_limits").get("allocations").asInt()).isEqualTo(3);
        assertThat(sent.get("feature_limits").get("backups").asInt()).isEqualTo(2);
    }

    @Test
    void buildUpdateWithoutFeatureLimitsIsRejected() {
        panel.serve("recordings/22-update-build-missing-feature-limits.json");

        assertThatThrownBy(() -> api.servers().updateBuild(2, new io.pteroca.pterodactyl.application.model.ServerBuildUpdate(
                1, null, new ResourceLimits(2048, 0, 10240, 500, 200, null), new FeatureLimits(null, null, null), null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.sourceField()).isEqualTo("feature_limits");
                    assertThat(e.hasErrorFor("feature_limits.databases", "present")).isTrue();
                });
    }

    @Test
    void detailsUpdateKeepsExternalId() {
        panel.serve("recordings-2/142-app-server-details-with-external-id.json")
                .serve("recordings-2/142-app-server-details-with-external-id.json");

        api.servers().updateDetails(12, details -> details.withDescription("details patch"));

        JsonNode sent = panel.request(1).json();
        assertThat(sent.get("external_id").asString()).isEqualTo("rec2-srv-125808");
        assertThat(sent.get("name").asString()).isEqualTo("rec2 main 125808");
        assertThat(sent.get("user").asInt()).isEqualTo(16);
        assertThat(sent.get("description").asString()).isEqualTo("details patch");
    }

    @Test
    void detailsWithoutExternalIdClearItOnThePanel() {
        panel.serve("recordings-2/143-app-server-details-without-external-id.json");

        Server server = api.servers().updateDetails(12, new io.pteroca.pterodactyl.application.model.ServerDetailsUpdate(
                "rec2 main 125808", 16, null, "details patch 2"));

        assertThat(server.externalId()).isNull();
        assertThat(panel.request(0).json().has("external_id")).isTrue();
    }

    @Test
    void startupUpdateRewritesEveryVariable() {
        panel.serve("recordings-2/139-app-server-include-all.json").serve("recordings/23-update-startup.json");

        api.servers().updateStartup(12, startup -> startup.withVariable("BUILD_NUMBER", "123"));

        assertThat(panel.request(0).pathAndQuery()).isEqualTo("/api/application/servers/12?include=variables");
        JsonNode sent = panel.request(1).json();
        assertThat(sent.get("environment").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("MINECRAFT_VERSION", "SERVER_JARFILE", "DL_PATH", "BUILD_NUMBER");
        assertThat(sent.get("environment").get("SERVER_JARFILE").asString()).isEqualTo("paper.jar");
        assertThat(sent.get("environment").get("BUILD_NUMBER").asString()).isEqualTo("123");
        assertThat(sent.get("egg").asInt()).isEqualTo(5);
        assertThat(sent.get("image").asString()).isEqualTo("ghcr.io/pterodactyl/yolks:java_21");
        assertThat(sent.get("skip_scripts").asBoolean()).isFalse();
        assertThat(sent.get("startup").asString()).contains("{{SERVER_JARFILE}}");
    }

    @Test
    void createRecoversByExternalIdAfterTimeout() {
        api = Pterodactyl.application(panel.settings(sleeper).requestTimeout(REQUEST_TIMEOUT).build());
        panel.serveTooLate("recordings/13-create-server-valid.json")
                .expect("recordings/17-get-server-by-external-id.json");

        Server server = api.servers().create(paperServer("billing-order-124450"));

        assertThat(server.id()).isEqualTo(2);
        assertThat(panel.requests()).extracting(r -> r.method()).containsExactly("POST", "GET");
    }

    @Test
    void createWithoutExternalIdIsNotRetriedAfterTimeout() {
        api = Pterodactyl.application(panel.settings(sleeper).requestTimeout(REQUEST_TIMEOUT).build());
        panel.serveTooLate("recordings/13-create-server-valid.json");

        assertThatThrownBy(() -> api.servers().create(paperServer(null))).isInstanceOf(RequestTimeoutException.class);
        assertThat(panel.requests()).hasSize(1);
    }

    @Test
    void createUserLooksUpBeforeRetryingAfter5xx() {
        panel.respond(500, Recordings.text("fixtures/wire/error-500.json"), Map.of("Content-Type", "application/json"))
                .serve("recordings-2/134-app-user-by-external-id-404.json")
                .serve("recordings/02-create-user-valid.json");

        User user = api.users().create(NewUser.of("billing-124450@example.test", "billing124450", "Billing", "Tester", "crm-42"));

        assertThat(user.id()).isEqualTo(3);
        assertThat(panel.requests()).extracting(r -> r.method() + " " + r.pathAndQuery()).containsExactly(
                "POST /api/application/users", "GET /api/application/users/external/crm-42", "POST /api/application/users");
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void nestsEggsNodesAndLocations() {
        panel.serve("recordings/09-list-nests.json").expect("recordings/10-list-eggs-nest1-include-variables.json")
                .expect("recordings/11-list-nodes.json").expect("recordings-2/127-app-nodes-deployable.json")
                .expect("recordings-2/125-app-location-create.json");

        assertThat(api.nests().stream(ListQuery.none()).map(n -> n.name()).toList()).hasSize(4).contains("Minecraft");
        List<Egg> eggs = api.nests().eggs(1, "variables");
        assertThat(eggs.get(0).name()).isEqualTo("Bungeecord");
        assertThat(eggs.get(0).dockerImages()).containsEntry("Java 21", "ghcr.io/pterodactyl/yolks:java_21");
        assertThat(eggs.get(0).config().get("stop").asString()).isEqualTo("end");
        assertThat(eggs.get(0).relationships().variables().get(0).envVariable()).isEqualTo("BUNGEE_VERSION");
        Node node = api.nodes().page(ListQuery.none()).items().get(0);
        assertThat(node.publicNode()).isTrue();
        assertThat(node.fqdn()).isEqualTo("127.0.0.1");
        assertThat(node.daemonSftp()).isEqualTo(2022);
        assertThat(node.allocatedResources().memory()).isZero();
        Node deployable = api.nodes().deployable(512, 1024, 1).get(0);
        assertThat(deployable.sumMemory()).isEqualTo(1024L);
        assertThat(deployable.allocatedResources().disk()).isEqualTo(5120);
        Location location = api.locations().create(new LocationSpec("rec2-125808", "Recorder 2 location"));
        assertThat(location.id()).isEqualTo(5);
        assertThat(location.description()).isEqualTo("Recorder 2 location");
    }

    @Test
    void nodeAndLocationErrors() {
        panel.expect("recordings-2/129-app-nodes-deployable-too-big.json")
                .serve("recordings-2/130-app-nodes-deployable-missing-params.json")
                .expect("recordings-2/126-app-location-create-duplicate.json")
                .expect("recordings-2/165-app-location-delete-with-nodes.json");

        assertThatThrownBy(() -> api.nodes().deployable(99999999, 1024)).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.code()).isEqualTo("NoViableNodeException"));
        assertThatThrownBy(() -> api.nodes().deployable(0, 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.hasErrorFor("disk", "required")).isTrue());
        assertThatThrownBy(() -> api.locations().create(new LocationSpec("rec2-125808", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.detail()).isEqualTo("The Location Identifier has already been taken."));
        assertThatThrownBy(() -> api.locations().delete(1)).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.code()).isEqualTo("HasActiveNodesException"));
    }

    @Test
    void nodeAllocations() {
        panel.expect("recordings/12-node-allocations.json").expect("recordings-2/157-app-node-allocations-create.json")
                .serve("recordings-2/158-app-node-allocations-filter-port.json")
                .expect("recordings-2/161-app-node-allocations-create-bad-port.json")
                .expect("recordings-2/162-app-node-allocation-delete.json")
                .expect("recordings-2/163-app-node-allocation-delete-assigned.json");

        assertThat(api.nodes().allocations(1, ListQuery.none()).items()).hasSize(11).first()
                .satisfies(a -> assertThat(a.assigned()).isFalse());
        api.nodes().createAllocations(1, new NewAllocations("127.0.0.1", "rec2", List.of("25610", "25611-25612")));
        assertThat(api.nodes().findAllocation(1, "127.0.0.1", 25610)).get().extracting(Allocation::id).isEqualTo(164);
        assertThatThrownBy(() -> api.nodes().createAllocations(1, new NewAllocations("127.0.0.1", null, List.of("abc"))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.code()).isEqualTo("InvalidPortMappingException"));
        api.nodes().deleteAllocation(1, 164);
        assertThatThrownBy(() -> api.nodes().deleteAllocation(1, 35)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void serverDatabasesWithPassword() {
        panel.expect("recordings-2/141-app-server-databases-include-password.json");

        var database = api.serverDatabases().list(12, "password", "host").get(0);

        assertThat(database.username()).isEqualTo("u12_6QHWbGlslP");
        assertThat(database.maxConnections()).isZero();
        assertThat(database.relationships().password().password()).isEqualTo("REDACTED");
        assertThat(database.relationships().host().port()).isEqualTo(3306);
    }
}
