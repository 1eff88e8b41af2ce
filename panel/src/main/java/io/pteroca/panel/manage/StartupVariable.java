package io.pteroca.panel.manage;

import io.pteroca.panel.catalog.EggVariableRules;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.StartupDetails;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An egg variable as the startup tab shows it. The egg (Pterodactyl's user_viewable / user_editable, as its client
 * API answers) and the product (its per-egg variable settings) must both allow it: hidden by either, it is not
 * shown; editable only when both allow, and never the slot variable, which carries what the customer paid for.
 */
record StartupVariable(String envVariable, String name, String description, String value, String rules, boolean editable) {

    /** The egg's rules in words ("required", "at most 20 characters"), never Laravel's rule string. */
    public List<EggVariableRules.RuleText> ruleTexts() {
        return EggVariableRules.describe(rules);
    }

    /**
     * Pterodactyl lists only the variables its egg lets users see; {@code productEgg} is empty when the server's egg
     * is not one of the product's (an imported server): then the egg alone decides.
     */
    static List<StartupVariable> visible(List<StartupDetails.Variable> fromEgg, Optional<ProductDefinition.EggChoice> productEgg) {
        Map<String, ProductDefinition.Variable> settings = productEgg.map(egg -> egg.variables().stream()
                        .collect(Collectors.toMap(ProductDefinition.Variable::envVariable, Function.identity(), (a, b) -> a)))
                .orElse(Map.of());
        return fromEgg.stream().filter(variable -> {
            ProductDefinition.Variable setting = settings.get(variable.envVariable());
            return setting == null || setting.userViewable();
        }).map(variable -> {
            ProductDefinition.Variable setting = settings.get(variable.envVariable());
            boolean productAllows = setting == null || setting.userEditable() && !setting.slotVariable();
            return new StartupVariable(variable.envVariable(), variable.name(), variable.description(), variable.value(),
                    variable.rules(), variable.editable() && productAllows);
        }).toList();
    }
}
