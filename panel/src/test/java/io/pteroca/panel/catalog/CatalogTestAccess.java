package io.pteroca.panel.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** Lets the persistence contract store products on every database without Pterodactyl. */
public final class CatalogTestAccess {

    private final ApplicationContext context;

    public CatalogTestAccess(ApplicationContext context) {
        this.context = context;
    }

    /** A product using every column: long texts, both kinds of placement, two eggs with variables, three prices. */
    public static ProductDefinition everything(String name) {
        ProductDefinition.EggChoice paper = new ProductDefinition.EggChoice(5, "Paper", "java -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}",
                true, "ghcr.io/pterodactyl/yolks:java_17", true, List.of(
                        new ProductDefinition.Variable("SERVER_JARFILE", "Server Jar File", "paper.jar", "required|regex:/^([\\w\\d._-]+)(\\.jar)$/", true, false, false),
                        new ProductDefinition.Variable("MAX_PLAYERS", "Max players", "20", "required|integer", true, true, true),
                        new ProductDefinition.Variable("BUILD_NUMBER", "Build", "latest", "required|string|max:20", false, false, false)));
        ProductDefinition.EggChoice vanilla = new ProductDefinition.EggChoice(4, "Vanilla Minecraft", null, false, null, false,
                List.of(new ProductDefinition.Variable("MAX_PLAYERS", "Max players", "10", "required|integer", false, false, true)));
        return new ProductDefinition(null, name, "Zażółć gęślą jaźń 🎮", "Long text\n".repeat(500), true, 3,
                new ProductDefinition.Resources(4096, -1, 20480, 700, 250, "0-1,3"), new ProductDefinition.FeatureLimits(2, 3, 4, 5),
                Set.of(1, 2), Set.of(7), 1, List.of(paper, vanilla), true, false, new BigDecimal("1.2345"), 10, 2,
                List.of(new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal("9.9900"), null, null),
                        new PriceTerms(PriceKind.ON_DEMAND, 1, PeriodUnit.HOURS, new BigDecimal("0.0137"), null, null),
                        new PriceTerms(PriceKind.PER_SLOT, 30, PeriodUnit.DAYS, new BigDecimal("0.2500"), 5, 64)));
    }

    public ProductView create(ProductDefinition product) {
        return context.getBean(Catalog.class).createProduct(product);
    }

    public ProductView update(long id, long version, ProductDefinition product) {
        return context.getBean(Catalog.class).updateProduct(id, version, product);
    }

    /** Sets the product's upgrade paths as they are, without the admin form's checks (as if a target changed since). */
    public void upgradePaths(long id, Set<Long> targets) {
        Catalog catalog = context.getBean(Catalog.class);
        ProductView product = catalog.product(id).orElseThrow();
        catalog.updateProduct(id, product.version(), product.definition(), targets);
    }

    public ProductView read(long id) {
        return context.getBean(Catalog.class).product(id).orElseThrow();
    }
}
