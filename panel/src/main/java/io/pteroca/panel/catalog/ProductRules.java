package io.pteroca.panel.catalog;

import io.pteroca.panel.pterodactyl.PterodactylInventory.LocationInfo;
import io.pteroca.panel.pterodactyl.PterodactylInventory.NodeInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Whether a product definition can be sold: checked against itself and against what Pterodactyl has now. */
final class ProductRules {

    private static final Pattern CPU_PINNING = Pattern.compile("\\d{1,4}(-\\d{1,4})?(,\\d{1,4}(-\\d{1,4})?)*");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    private ProductRules() {
    }

    static List<Problem> check(ProductDefinition product, List<NodeInfo> nodes, List<LocationInfo> locations) {
        List<Problem> problems = new ArrayList<>();
        if (product.name().isBlank()) {
            problems.add(new Problem("catalog.problem.name"));
        }
        checkResources(product.resources(), problems);
        ProductDefinition.FeatureLimits limits = product.featureLimits();
        if (limits.databases() < 0 || limits.backups() < 0 || limits.allocations() < 0 || limits.schedules() < 0) {
            problems.add(new Problem("catalog.problem.featureLimits"));
        }
        checkPlacement(product, nodes, locations, problems);
        if (product.eggs().isEmpty()) {
            problems.add(new Problem("catalog.problem.noEgg"));
        }
        checkPrices(product, problems);
        if (product.setupFee().signum() < 0 || product.setupFee().compareTo(MAX_AMOUNT) > 0) {
            problems.add(new Problem("catalog.problem.setupFee"));
        }
        if (product.stock() != null && product.stock() < 0) {
            problems.add(new Problem("catalog.problem.stock"));
        }
        if (product.perCustomerLimit() != null && product.perCustomerLimit() < 1) {
            problems.add(new Problem("catalog.problem.perCustomerLimit"));
        }
        return problems;
    }

    private static void checkResources(ProductDefinition.Resources resources, List<Problem> problems) {
        if (resources.memory() < 64) {
            problems.add(new Problem("catalog.problem.memory"));
        }
        if (resources.disk() < 1) {
            problems.add(new Problem("catalog.problem.disk"));
        }
        if (resources.swap() < -1) {
            problems.add(new Problem("catalog.problem.swap"));
        }
        if (resources.io() < 10 || resources.io() > 1000) {
            problems.add(new Problem("catalog.problem.io"));
        }
        if (resources.cpu() < 0) {
            problems.add(new Problem("catalog.problem.cpu"));
        }
        if (resources.cpuPinning() != null && !CPU_PINNING.matcher(resources.cpuPinning()).matches()) {
            problems.add(new Problem("catalog.problem.cpuPinning"));
        }
    }

    /** At least one known node or location, and one of those nodes big enough for the plan even when empty. */
    private static void checkPlacement(ProductDefinition product, List<NodeInfo> nodes, List<LocationInfo> locations,
                                       List<Problem> problems) {
        if (product.nodeIds().isEmpty() && product.locationIds().isEmpty() && product.nodeTags().isEmpty()) {
            problems.add(new Problem("catalog.problem.noPlacement"));
            return;
        }
        Set<Integer> knownNodes = nodes.stream().map(NodeInfo::id).collect(Collectors.toSet());
        Set<Integer> knownLocations = locations.stream().map(LocationInfo::id).collect(Collectors.toSet());
        Set<String> knownTags = nodes.stream().flatMap(node -> node.tags().stream()).collect(Collectors.toSet());
        product.nodeIds().stream().filter(id -> !knownNodes.contains(id))
                .forEach(id -> problems.add(new Problem("catalog.problem.unknownNode", id)));
        product.locationIds().stream().filter(id -> !knownLocations.contains(id))
                .forEach(id -> problems.add(new Problem("catalog.problem.unknownLocation", id)));
        product.nodeTags().stream().filter(tag -> !knownTags.contains(tag)).sorted()
                .forEach(tag -> problems.add(new Problem("catalog.problem.unknownNodeTag", tag)));
        long memory = product.resources().memory();
        long disk = product.resources().disk();
        boolean fitsSomewhere = eligibleNodes(product, nodes).stream().anyMatch(node -> node.couldEverHold(memory, disk));
        if (!fitsSomewhere) {
            problems.add(new Problem("catalog.problem.tooBigForNodes", memory, disk));
        }
    }

    static List<NodeInfo> eligibleNodes(ProductDefinition product, List<NodeInfo> nodes) {
        return nodes.stream()
                .filter(node -> product.nodeIds().contains(node.id()) || product.locationIds().contains(node.locationId())
                        || node.tags().stream().anyMatch(product.nodeTags()::contains))
                .toList();
    }

    /** A price a trial may turn into: paid per period (an on-demand price has no period to convert into). */
    static boolean trialConvertsTo(PriceTerms price) {
        return (price.kind() == PriceKind.STATIC || price.kind() == PriceKind.PER_SLOT) && !price.free();
    }

    private static void checkPrices(ProductDefinition product, List<Problem> problems) {
        if (product.prices().isEmpty()) {
            problems.add(new Problem("catalog.problem.noPrice"));
        }
        for (PriceTerms price : product.prices()) {
            if (price.amount().signum() < 0 || price.amount().compareTo(MAX_AMOUNT) > 0) {
                problems.add(new Problem("catalog.problem.priceAmount"));
            }
            if (price.free() && price.kind() == PriceKind.ON_DEMAND) {
                // Free hourly "renewals" would write 24 empty orders a day; a free plan is a static price of 0.
                problems.add(new Problem("catalog.problem.onDemandFree"));
            }
            if (price.trial() && !price.free()) {
                problems.add(new Problem("catalog.problem.trialAmount"));
            }
            if (price.periodValue() < 1 || price.periodValue() > 1000) {
                problems.add(new Problem("catalog.problem.pricePeriod"));
            }
            if (price.kind() == PriceKind.PER_SLOT
                    && (price.minSlots() < 1 || price.maxSlots() < price.minSlots() || price.maxSlots() > 10_000)) {
                problems.add(new Problem("catalog.problem.slots"));
            }
        }
        boolean trial = product.prices().stream().anyMatch(PriceTerms::trial);
        if (trial && product.prices().stream().noneMatch(ProductRules::trialConvertsTo)) {
            problems.add(new Problem("catalog.problem.trialNeedsPaidPrice"));
        }
        boolean slotPriced = product.prices().stream().anyMatch(price -> price.kind() == PriceKind.PER_SLOT);
        for (ProductDefinition.EggChoice egg : product.eggs()) {
            int slotVariables = egg.slotVariables().size();
            if (slotPriced && slotVariables != 1) {
                problems.add(new Problem("catalog.problem.slotVariable", egg.eggName()));
            }
        }
    }
}
