package io.pteroca.panel.server;

import io.pteroca.panel.catalog.EggVariableRules;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.EggSetup;
import io.pteroca.panel.pterodactyl.ServerLimits;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.Money;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a server was sold as, frozen at purchase : the product's limits and placement, the chosen
 * egg with its final docker image, startup and environment (slot count included), the chosen price, and the
 * location the customer chose (null: any of the product's).
 */
public record ServerPlan(String productName, ProductDefinition product, int eggId, String eggName, String dockerImage,
                         String startup, Map<String, String> environment, PriceTerms price, Integer slots, Integer locationId) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ServerPlan {
        // A plan read once is shared (Servers keeps plans by their text), so no caller may change its environment.
        environment = environment == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /** What one period costs: the price, times the slots for per-slot prices. */
    public Money periodAmount(Currency currency) {
        return price.periodAmount(slots, currency);
    }

    /** How the product presents the server's egg (variables, images, startup); empty when the egg is not the product's. */
    public Optional<ProductDefinition.EggChoice> eggSettings() {
        return product.eggs().stream().filter(egg -> egg.eggId() == eggId).findFirst();
    }

    /** The same plan on another egg: its overrides and environment, everything else as sold. */
    ServerPlan onEgg(ProductDefinition.EggChoice egg, Map<String, String> newEnvironment) {
        return new ServerPlan(productName, product, egg.eggId(), egg.eggName(), egg.dockerImage(), egg.startup(), newEnvironment,
                price, slots, locationId);
    }

    /** The egg as Pterodactyl runs it for this plan. */
    EggSetup eggSetup() {
        return new EggSetup(product.nestId(), eggId, dockerImage, startup, environment);
    }

    /** What a server of this plan may use. */
    public ServerLimits limits() {
        return limits(product.resources(), product.featureLimits());
    }

    static ServerLimits limits(ProductDefinition.Resources resources, ProductDefinition.FeatureLimits features) {
        return new ServerLimits(resources.memory(), resources.swap(), resources.disk(), resources.io(), resources.cpu(),
                resources.cpuPinning(), features.databases(), features.allocations(), features.backups());
    }

    /** The same plan with other limits for this server only (the product keeps its own). */
    ServerPlan withLimits(ProductDefinition.Resources resources, ProductDefinition.FeatureLimits features) {
        ProductDefinition p = product;
        ProductDefinition changed = new ProductDefinition(p.categoryId(), p.name(), p.shortDescription(), p.description(),
                p.active(), p.sortOrder(), resources, features, p.nodeIds(), p.locationIds(), p.nestId(), p.eggs(),
                p.allowEggChange(), p.allowAutoRenew(), p.setupFee(), p.stock(), p.perCustomerLimit(), p.prices(),
                p.nodeTags());
        return new ServerPlan(productName, changed, eggId, eggName, dockerImage, startup, environment, price, slots, locationId);
    }

    /** The plan with the limits Pterodactyl enforces; the schedule limit (Pterodactyl has none) stays the product's. */
    ServerPlan withLimits(ServerLimits limits) {
        return withLimits(new ProductDefinition.Resources(limits.memory(), limits.swap(), limits.disk(), limits.io(),
                        limits.cpu(), limits.cpuPinning()),
                new ProductDefinition.FeatureLimits(limits.databases(), limits.backups(), limits.allocations(),
                        product.featureLimits().schedules()));
    }

    ServerPlan withStartup(String newStartup) {
        return new ServerPlan(productName, product, eggId, eggName, dockerImage, newStartup, environment, price, slots,
                locationId);
    }

    /** The plan as the server keeps it (a plan change waiting for Pterodactyl keeps its new plan so, too). */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static ServerPlan fromJson(String json) {
        return JSON.readValue(json, ServerPlan.class);
    }

    /**
     * The egg's variables as the product sets them: the slot count in the slot variable, the customer's checked
     * values in the ones they may edit.
     */
    public static Map<String, String> environmentFor(ProductDefinition.EggChoice egg, Integer slots, Map<String, String> chosen) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (ProductDefinition.Variable variable : egg.variables()) {
            String value = variable.value() == null ? "" : variable.value();
            if (variable.slotVariable() && slots != null) {
                value = Integer.toString(slots);
            } else if (variable.userEditable() && chosen.containsKey(variable.envVariable())) {
                value = chosen.get(variable.envVariable()).strip();
                String broken = EggVariableRules.violation(variable.rules(), value).orElse(null);
                if (broken != null) {
                    throw new Refusal("order.variable", variable.name(), EggVariableRules.explain(variable.rules(), broken));
                }
            }
            environment.put(variable.envVariable(), value);
        }
        return environment;
    }
}
