package io.pteroca.panel.landing;

import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.CategoryView;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.setting.Settings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** A small store for the landing page: a category and plans on the emulator's node, featured in a chosen order. */
final class LandingFixtures {

    private final ApplicationContext context;

    LandingFixtures(ApplicationContext context) {
        this.context = context;
    }

    CategoryView category(String name, String description) {
        return context.getBean(Catalog.class).saveCategory(null, name, description, 0);
    }

    ProductView plan(CategoryView category, String name, String shortDescription, int memory, String monthly) {
        PterodactylInventory.EggInfo paper = context.getBean(PterodactylInventory.class).eggs(1).stream()
                .filter(egg -> egg.name().equals("Paper")).findFirst().orElseThrow();
        return context.getBean(ProductEditor.class).create(new ProductDefinition(category.id(), name, shortDescription, null, true,
                0, new ProductDefinition.Resources(memory, 0, memory * 4, 200, 500, null),
                new ProductDefinition.FeatureLimits(1, 2, 1, 2), Set.of(1), Set.of(), 1,
                List.of(ProductDefinition.EggChoice.defaultsOf(paper, null)), false, true, BigDecimal.ZERO, null, null,
                List.of(new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal(monthly), null, null))));
    }

    void feature(ProductView... products) {
        Settings settings = context.getBean(Settings.class);
        settings.set(LandingSettings.FEATURED, String.join(",", java.util.Arrays.stream(products).map(p -> Long.toString(p.id())).toList()));
    }

    /** The landing page's settings back to their defaults, and setup finished (else / leads to the wizard). */
    void reset() {
        Settings settings = context.getBean(Settings.class);
        settings.set(settings.definition("setup.completed").orElseThrow(), "true");
        for (var definition : context.getBean(LandingSettings.class).settings()) {
            settings.set(definition, "");
        }
    }
}
