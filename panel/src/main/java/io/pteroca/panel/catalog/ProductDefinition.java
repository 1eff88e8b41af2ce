package io.pteroca.panel.catalog;

import io.pteroca.panel.pterodactyl.PterodactylInventory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything an admin sets on a product, already parsed; {@link ProductRules} decides whether it may be sold.
 * Memory, swap and disk are in MB, CPU in percent of one core; {@code stock} and {@code perCustomerLimit} are
 * null for "no limit". Placement: the chosen nodes, plus on Pterodactyl the nodes of {@code locationIds}, on Pelican
 * (no locations, no nests: {@code nestId} 0) the nodes with any of {@code nodeTags}.
 */
public record ProductDefinition(Long categoryId, String name, String shortDescription, String description, boolean active,
                                int sortOrder, Resources resources, FeatureLimits featureLimits, Set<Integer> nodeIds,
                                Set<Integer> locationIds, int nestId, List<EggChoice> eggs, boolean allowEggChange,
                                boolean allowAutoRenew, BigDecimal setupFee, Integer stock, Integer perCustomerLimit,
                                List<PriceTerms> prices, Set<String> nodeTags) {

    public ProductDefinition {
        // Plans frozen before Pelican support have no tags.
        nodeTags = nodeTags == null ? Set.of() : Set.copyOf(nodeTags);
    }

    /** A product placed by nodes and locations only (Pterodactyl). */
    public ProductDefinition(Long categoryId, String name, String shortDescription, String description, boolean active,
                             int sortOrder, Resources resources, FeatureLimits featureLimits, Set<Integer> nodeIds,
                             Set<Integer> locationIds, int nestId, List<EggChoice> eggs, boolean allowEggChange,
                             boolean allowAutoRenew, BigDecimal setupFee, Integer stock, Integer perCustomerLimit,
                             List<PriceTerms> prices) {
        this(categoryId, name, shortDescription, description, active, sortOrder, resources, featureLimits, nodeIds,
                locationIds, nestId, eggs, allowEggChange, allowAutoRenew, setupFee, stock, perCustomerLimit, prices, Set.of());
    }

    /** The same product with these node tags (Pelican's placement). */
    public ProductDefinition withNodeTags(Set<String> tags) {
        return new ProductDefinition(categoryId, name, shortDescription, description, active, sortOrder, resources,
                featureLimits, nodeIds, locationIds, nestId, eggs, allowEggChange, allowAutoRenew, setupFee, stock,
                perCustomerLimit, prices, tags);
    }

    /** Pterodactyl's build limits; {@code swap} -1 means unlimited, {@code cpuPinning} e.g. "0-1,3" or null. */
    public record Resources(long memory, long swap, long disk, int io, int cpu, String cpuPinning) {
    }

    public record FeatureLimits(int databases, int backups, int allocations, int schedules) {
    }

    /**
     * An allowed egg; {@code startup} and {@code dockerImage} replace the egg's own when not null.
     * {@code dockerImageSelectable}: the customer may pick another of the egg's images.
     */
    public record EggChoice(int eggId, String eggName, String startup, boolean startupUserViewable, String dockerImage,
                            boolean dockerImageSelectable, List<Variable> variables) {

        /** The egg as Pterodactyl defines it, without overrides; {@code slotVariable} names the slot variable or is null. */
        public static EggChoice defaultsOf(PterodactylInventory.EggInfo egg, String slotVariable) {
            return new EggChoice(egg.id(), egg.name(), null, false, null, false, egg.variables().stream()
                    .map(v -> new Variable(v.envVariable(), v.name(), v.defaultValue(), v.rules(), v.userViewable(),
                            v.userEditable(), v.envVariable().equals(slotVariable)))
                    .toList());
        }

        public List<Variable> slotVariables() {
            return variables.stream().filter(Variable::slotVariable).toList();
        }
    }

    /** {@code rules} are the egg's validation rules, e.g. "required|string|max:20". */
    public record Variable(String envVariable, String name, String value, String rules, boolean userViewable,
                           boolean userEditable, boolean slotVariable) {
    }
}
