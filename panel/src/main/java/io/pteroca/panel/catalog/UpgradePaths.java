package io.pteroca.panel.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Whether a product may list another as an upgrade path. A plan change keeps the server's egg (and so its nest, its
 * startup command, variables and files) and its paid period, so the target must offer every egg of this product and a
 * price of the same kind and period; a path that no server could ever take is refused here, in the admin's form, rather
 * than surprising a customer later. What changes after saving (an egg dropped from the target) the plan change checks
 * again for each server.
 */
final class UpgradePaths {

    private UpgradePaths() {
    }

    /** @param productId null for a product not saved yet */
    static List<Problem> check(Long productId, ProductDefinition product, Set<Long> targets,
                               LongFunction<Optional<ProductView>> lookup) {
        List<Problem> problems = new ArrayList<>();
        for (long targetId : targets) {
            if (productId != null && targetId == productId) {
                problems.add(new Problem("catalog.problem.upgradeSelf"));
                continue;
            }
            Optional<ProductView> found = lookup.apply(targetId).filter(target -> !target.deleted());
            if (found.isEmpty()) {
                problems.add(new Problem("catalog.problem.upgradeUnknown", Long.toString(targetId)));
                continue;
            }
            ProductView target = found.get();
            Set<Integer> offered = target.definition().eggs().stream().map(ProductDefinition.EggChoice::eggId)
                    .collect(Collectors.toSet());
            String missing = product.eggs().stream().filter(egg -> !offered.contains(egg.eggId()))
                    .map(ProductDefinition.EggChoice::eggName).collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                problems.add(new Problem("catalog.problem.upgradeEgg", target.name(), missing));
            }
            boolean samePeriod = product.prices().stream().filter(price -> !price.trial())
                    .anyMatch(price -> target.prices().stream().map(PriceOption::terms)
                            .anyMatch(other -> !other.trial() && other.kind() == price.kind()
                                    && other.periodUnit() == price.periodUnit() && other.periodValue() == price.periodValue()));
            if (!samePeriod) {
                problems.add(new Problem("catalog.problem.upgradePrice", target.name()));
            }
        }
        return problems;
    }
}
