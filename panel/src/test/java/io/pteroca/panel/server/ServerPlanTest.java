package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.catalog.CatalogTestAccess;
import io.pteroca.panel.catalog.ProductDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan read from its frozen text is the plan that was written, and it can be shared: its environment cannot change. */
class ServerPlanTest {

    private static ServerPlan plan(Map<String, String> environment) {
        ProductDefinition product = CatalogTestAccess.everything("Frozen");
        ProductDefinition.EggChoice egg = product.eggs().get(0);
        return new ServerPlan(product.name(), product, egg.eggId(), egg.eggName(), egg.dockerImage(), egg.startup(), environment,
                product.prices().get(0), null, null);
    }

    @Test
    void aPlanReadFromItsTextEqualsTheWrittenOneAndKeepsTheEnvironmentsOrder() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_JARFILE", "paper.jar");
        environment.put("MAX_PLAYERS", "20");
        environment.put("BUILD_NUMBER", "latest");
        ServerPlan written = plan(environment);

        ServerPlan read = ServerPlan.fromJson(written.toJson());

        assertThat(read).isEqualTo(written);
        assertThat(read.environment().keySet()).containsExactly("SERVER_JARFILE", "MAX_PLAYERS", "BUILD_NUMBER");
    }

    @Test
    void noCallerCanChangeTheEnvironmentOfAPlanOthersShare() {
        Map<String, String> environment = new LinkedHashMap<>(Map.of("MAX_PLAYERS", "20"));
        ServerPlan plan = plan(environment);
        environment.put("MAX_PLAYERS", "999");

        assertThat(plan.environment()).containsEntry("MAX_PLAYERS", "20");
        assertThatThrownBy(() -> plan.environment().put("MAX_PLAYERS", "999")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ServerPlan.fromJson(plan.toJson()).environment().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
