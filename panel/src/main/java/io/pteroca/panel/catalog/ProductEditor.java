package io.pteroca.panel.catalog;

import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.pterodactyl.PterodactylInventory.EggInfo;
import io.pteroca.panel.pterodactyl.PterodactylInventory.LocationInfo;
import io.pteroca.panel.pterodactyl.PterodactylInventory.NestInfo;
import io.pteroca.panel.pterodactyl.PterodactylInventory.NodeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Reads the admin's product form, checks it against what Pterodactyl has right now, and saves it when it passes. */
@Service
public class ProductEditor {

    private static final Logger log = LoggerFactory.getLogger(ProductEditor.class);
    private static final String PELICAN_WITHOUT_EGGS = "catalog.eggs.pelicanNone";

    private final Catalog catalog;
    private final PterodactylInventory inventory;
    private final NodeCapacity capacity;

    ProductEditor(Catalog catalog, PterodactylInventory inventory, NodeCapacity capacity) {
        this.catalog = catalog;
        this.inventory = inventory;
        this.capacity = capacity;
    }

    /** The live lists the form offers; when Pterodactyl cannot be read, empty lists and a reason. */
    Choices choices(int nestId) {
        try {
            List<NodeInfo> nodes = inventory.nodes();
            List<LocationInfo> locations = inventory.locations();
            capacity.remember(nodes, locations);
            if (inventory.pelican()) {
                // Pelican: no nests, so every egg at once; node tags where Pterodactyl has locations.
                List<String> tags = nodes.stream().flatMap(node -> node.tags().stream()).distinct().sorted().toList();
                return new Choices(List.of(), inventory.eggs(0), nodes, locations, null, true, tags);
            }
            return new Choices(inventory.nests(), nestId > 0 ? inventory.eggs(nestId) : List.of(), nodes, locations, null,
                    false, List.of());
        } catch (PterodactylFailure unavailable) {
            log.warn("Product form without Pterodactyl's lists: {}", unavailable.toString());
            return new Choices(List.of(), List.of(), List.of(), List.of(), "catalog.problem.pterodactyl", false, List.of());
        }
    }

    /** {@code id} null creates a product; otherwise {@code version} must still be the product's. */
    Outcome save(Long id, long version, Map<String, String[]> form) {
        Choices choices = choices(nestId(form));
        ProductFormReader reader = new ProductFormReader(form);
        ProductDefinition draft = reader.read(choices.eggs().stream().collect(Collectors.toMap(EggInfo::id, Function.identity())));
        if (choices.problem() != null) {
            return new Outcome(draft, List.of(new Problem(choices.problem())), null, choices);
        }
        if (choices.pelican() && choices.eggs().isEmpty()) {
            // A fresh Pelican has no eggs: nothing can be sold until the admin imports or creates some there.
            return new Outcome(draft, List.of(new Problem(PELICAN_WITHOUT_EGGS)), null, choices);
        }
        List<Problem> problems = new ArrayList<>(reader.problems());
        problems.addAll(ProductRules.check(draft, choices.nodes(), choices.locations()));
        if (draft.categoryId() != null && catalog.category(draft.categoryId()).isEmpty()) {
            problems.add(new Problem("catalog.problem.category"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(draft, problems, null, choices);
        }
        ProductView saved = id == null ? catalog.createProduct(draft) : catalog.updateProduct(id, version, draft);
        return new Outcome(draft, List.of(), saved, choices);
    }

    /** Creates a product defined in code (the demo's seed), checked by the same rules as the admin's form. */
    public ProductView create(ProductDefinition product) {
        Choices choices = choices(product.nestId());
        List<Problem> problems = choices.problem() != null ? List.of(new Problem(choices.problem()))
                : choices.pelican() && choices.eggs().isEmpty() ? List.of(new Problem(PELICAN_WITHOUT_EGGS))
                : ProductRules.check(product, choices.nodes(), choices.locations());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("product " + product.name() + " refused: " + problems.stream()
                    .map(Problem::key).toList());
        }
        return catalog.createProduct(product);
    }

    private static int nestId(Map<String, String[]> form) {
        String[] values = form.get("nestId");
        return values != null && values.length > 0 && values[0] != null && values[0].strip().matches("\\d{1,9}")
                ? Integer.parseInt(values[0].strip()) : 0;
    }

    /** {@code pelican}: the form offers every egg and the nodes' {@code nodeTags} instead of nests and locations. */
    record Choices(List<NestInfo> nests, List<EggInfo> eggs, List<NodeInfo> nodes, List<LocationInfo> locations,
                   String problem, boolean pelican, List<String> nodeTags) {
    }

    /** {@code saved} is null when {@code problems} says why nothing was saved. */
    record Outcome(ProductDefinition draft, List<Problem> problems, ProductView saved, Choices choices) {
    }
}
