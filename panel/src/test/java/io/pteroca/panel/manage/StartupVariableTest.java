package io.pteroca.panel.manage;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.StartupDetails;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which variables the startup tab shows and lets change: the egg and the product must both allow it. */
class StartupVariableTest {

    private static StartupDetails.Variable fromEgg(String env, boolean editable) {
        return new StartupDetails.Variable(env, env, "about " + env, "value of " + env, "required|string", editable);
    }

    private static ProductDefinition.Variable setting(String env, boolean viewable, boolean editable, boolean slot) {
        return new ProductDefinition.Variable(env, env, "x", "required|string", viewable, editable, slot);
    }

    @Test
    void hiddenByEitherIsNotShownAndEditableOnlyWhenBothAllowAndNeverTheSlotVariable() {
        List<StartupDetails.Variable> egg = List.of(fromEgg("BOTH", true), fromEgg("EGG_READ_ONLY", false),
                fromEgg("PRODUCT_READ_ONLY", true), fromEgg("PRODUCT_HIDDEN", true), fromEgg("SLOTS", true),
                fromEgg("NOT_IN_PRODUCT", true));
        ProductDefinition.EggChoice product = new ProductDefinition.EggChoice(5, "Paper", null, false, null, false, List.of(
                setting("BOTH", true, true, false), setting("EGG_READ_ONLY", true, true, false),
                setting("PRODUCT_READ_ONLY", true, false, false), setting("PRODUCT_HIDDEN", false, true, false),
                setting("SLOTS", true, true, true), setting("EGG_HIDDEN", true, true, false)));

        List<StartupVariable> shown = StartupVariable.visible(egg, Optional.of(product));

        assertThat(shown).extracting(StartupVariable::envVariable)
                .containsExactly("BOTH", "EGG_READ_ONLY", "PRODUCT_READ_ONLY", "SLOTS", "NOT_IN_PRODUCT");
        assertThat(shown).filteredOn(StartupVariable::editable).extracting(StartupVariable::envVariable)
                .containsExactly("BOTH", "NOT_IN_PRODUCT");
        assertThat(shown.get(0).value()).isEqualTo("value of BOTH");
    }

    @Test
    void anEggTheProductDoesNotKnowFollowsTheEggAlone() {
        List<StartupVariable> shown = StartupVariable.visible(List.of(fromEgg("A", true), fromEgg("B", false)), Optional.empty());
        assertThat(shown).extracting(StartupVariable::editable).containsExactly(true, false);
    }
}
