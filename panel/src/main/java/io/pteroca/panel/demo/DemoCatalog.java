package io.pteroca.panel.demo;

import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.PeriodUnit;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceTerms;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductDefinition.EggChoice;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.pterodactyl.PterodactylInventory.EggInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** A small store for the demo: Minecraft plans (monthly, quarterly, on demand) and a voice server sold per slot. */
@Component
@Profile("demo")
class DemoCatalog {

    private static final int MINECRAFT_NEST = 1;
    private static final int VOICE_NEST = 3;
    private static final int LOCATION = 1;
    private static final String PELICAN_TAG = "game";

    private final Catalog catalog;
    private final ProductEditor editor;
    private final PterodactylInventory inventory;

    DemoCatalog(Catalog catalog, ProductEditor editor, PterodactylInventory inventory) {
        this.catalog = catalog;
        this.editor = editor;
        this.inventory = inventory;
    }

    /** Seeds the store and returns the id of the smallest Minecraft plan. */
    long seed() {
        boolean pelican = inventory.pelican();
        // Pelican has no nests (its eggs come in one list) and no locations (its nodes carry tags).
        int minecraftNest = pelican ? 0 : MINECRAFT_NEST;
        Placement placement = pelican ? new Placement(Set.of(), Set.of(PELICAN_TAG)) : new Placement(Set.of(LOCATION), Set.of());
        String minecraftEggs = pelican ? "Pelican's egg list" : "Pterodactyl's Minecraft nest (" + MINECRAFT_NEST + ")";
        Map<String, EggInfo> minecraft = eggsByName(minecraftNest);
        List<EggChoice> paperAndVanilla = List.of(EggChoice.defaultsOf(egg(minecraft, "Paper", minecraftEggs), null),
                EggChoice.defaultsOf(egg(minecraft, "Vanilla Minecraft", minecraftEggs), null));
        long games = catalog.saveCategory(null, "Minecraft", "Java Edition servers with Paper or Vanilla, ready in a minute.", 1).id();
        long starter = editor.create(plan(games, "Paper 2 GB", "For a handful of friends", 2048, 10_240, 100, minecraftNest, placement, paperAndVanilla,
                "1.50", List.of(monthly("4.99"), new PriceTerms(PriceKind.ON_DEMAND, 1, PeriodUnit.HOURS, new BigDecimal("0.0099"), null, null))))
                .id();
        editor.create(plan(games, "Paper 4 GB", "For a small community with plugins", 4096, 20_480, 200, minecraftNest, placement, paperAndVanilla,
                "0", List.of(monthly("8.99"), new PriceTerms(PriceKind.STATIC, 3, PeriodUnit.MONTHS, new BigDecimal("24.99"), null, null))));

        if (pelican) {
            // The eggs Pelican's installer imports are all Minecraft: no voice server to sell.
            return starter;
        }
        EggInfo mumble = egg(eggsByName(VOICE_NEST), "Mumble Server", "Pterodactyl's voice nest (" + VOICE_NEST + ")");
        long talk = catalog.saveCategory(null, "Voice", "Mumble servers, paid per slot.", 2).id();
        editor.create(plan(talk, "Mumble", "Low-latency voice chat", 256, 1024, 50, VOICE_NEST, placement,
                List.of(EggChoice.defaultsOf(mumble, "MAX_USERS")), "0",
                List.of(new PriceTerms(PriceKind.PER_SLOT, 1, PeriodUnit.MONTHS, new BigDecimal("0.10"), 5, 100))));
        return starter;
    }

    private Map<String, EggInfo> eggsByName(int nest) {
        return inventory.eggs(nest).stream().collect(Collectors.toMap(EggInfo::name, Function.identity()));
    }

    /** The demo's plans need these eggs: a panel without them stops the demo with a message that says so. */
    private static EggInfo egg(Map<String, EggInfo> eggs, String name, String where) {
        EggInfo egg = eggs.get(name);
        if (egg == null) {
            throw new IllegalStateException("The demo needs the egg '" + name + "' in " + where + ", which has "
                    + (eggs.isEmpty() ? "no eggs" : "only " + String.join(", ", new java.util.TreeSet<>(eggs.keySet()))));
        }
        return egg;
    }

    private static PriceTerms monthly(String amount) {
        return new PriceTerms(PriceKind.STATIC, 1, PeriodUnit.MONTHS, new BigDecimal(amount), null, null);
    }

    private static ProductDefinition plan(long category, String name, String tagline, long memory, long disk, int cpu, int nest,
                                          Placement placement, List<EggChoice> eggs, String setupFee, List<PriceTerms> prices) {
        return new ProductDefinition(category, name, tagline, tagline + ". Backups, a database and a schedule included.",
                true, 0, new ProductDefinition.Resources(memory, 0, disk, 500, cpu, null),
                new ProductDefinition.FeatureLimits(1, 2, 1, 5), Set.of(), placement.locations(), nest, eggs, true, true,
                new BigDecimal(setupFee), null, null, prices, placement.nodeTags());
    }

    /** Where the plans go: Pterodactyl's location, or the tag of Pelican's node. */
    private record Placement(Set<Integer> locations, Set<String> nodeTags) {
    }
}
