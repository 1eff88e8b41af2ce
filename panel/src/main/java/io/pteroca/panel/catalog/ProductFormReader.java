package io.pteroca.panel.catalog;

import io.pteroca.panel.pterodactyl.PterodactylInventory.EggInfo;
import io.pteroca.panel.pterodactyl.PterodactylInventory.VariableInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the product form's parameters into a {@link ProductDefinition}, collecting a {@link Problem} for every
 * value that does not parse instead of failing. Parameter names: plain fields ({@code memory}, {@code nodeIds}…),
 * {@code egg.<id>.<field>}, {@code egg.<id>.var.<ENV>.<field>} and {@code price.<n>.<field>}.
 */
final class ProductFormReader {

    static final int PRICE_ROWS = 12;
    private static final int MAX_TEXT = 20_000;

    private final Map<String, String[]> parameters;
    private final List<Problem> problems = new ArrayList<>();

    ProductFormReader(Map<String, String[]> parameters) {
        this.parameters = parameters;
    }

    List<Problem> problems() {
        return problems;
    }

    /** {@code nestEggs}: the nest's eggs as Pterodactyl has them now, keyed by id; chosen eggs not in it are reported. */
    ProductDefinition read(Map<Integer, EggInfo> nestEggs) {
        return new ProductDefinition(
                optionalLong("categoryId"),
                text("name", 120),
                blankToNull(text("shortDescription", 255)),
                blankToNull(text("description", MAX_TEXT)),
                flag("active"),
                integer("sortOrder", 0),
                new ProductDefinition.Resources(longValue("memory"), longValue("swap"), longValue("disk"),
                        integer("io", 500), integer("cpu", 0), blankToNull(text("cpuPinning", 64))),
                new ProductDefinition.FeatureLimits(integer("databases", 0), integer("backups", 0),
                        integer("allocations", 0), integer("schedules", 0)),
                integers("nodeIds"), integers("locationIds"), integer("nestId", 0),
                eggs(nestEggs), flag("allowEggChange"), flag("allowAutoRenew"),
                Objects.requireNonNullElse(decimal("setupFee"), BigDecimal.ZERO),
                optionalInteger("stock"), optionalInteger("perCustomerLimit"), prices(), tags("nodeTags"));
    }

    private List<ProductDefinition.EggChoice> eggs(Map<Integer, EggInfo> nestEggs) {
        List<ProductDefinition.EggChoice> eggs = new ArrayList<>();
        for (int eggId : integers("eggIds")) {
            EggInfo egg = nestEggs.get(eggId);
            if (egg == null) {
                problems.add(new Problem("catalog.problem.eggNotInNest", eggId));
                continue;
            }
            String prefix = "egg." + eggId + ".";
            String slot = text(prefix + "slot", 191);
            List<ProductDefinition.Variable> variables = egg.variables().stream()
                    .map(variable -> variable(prefix + "var." + variable.envVariable() + ".", variable, slot))
                    .toList();
            String dockerImage = blankToNull(text(prefix + "dockerImage", 255));
            if (dockerImage != null && !egg.dockerImages().containsValue(dockerImage)) {
                problems.add(new Problem("catalog.problem.dockerImage", egg.name()));
            }
            eggs.add(new ProductDefinition.EggChoice(eggId, egg.name(), blankToNull(text(prefix + "startup", MAX_TEXT)),
                    flag(prefix + "startupViewable"), dockerImage, flag(prefix + "dockerImageSelectable"), variables));
        }
        return eggs;
    }

    private ProductDefinition.Variable variable(String prefix, VariableInfo variable, String slot) {
        boolean slotVariable = variable.envVariable().equals(slot);
        if (!parameters.containsKey(prefix + "value")) {
            // Not on the form (e.g. an egg ticked before its settings loaded): the egg's own defaults.
            return new ProductDefinition.Variable(variable.envVariable(), variable.name(), variable.defaultValue(),
                    variable.rules(), variable.userViewable(), variable.userEditable(), slotVariable);
        }
        return new ProductDefinition.Variable(variable.envVariable(), variable.name(), text(prefix + "value", MAX_TEXT),
                variable.rules(), flag(prefix + "viewable"), flag(prefix + "editable"), slotVariable);
    }

    private List<PriceTerms> prices() {
        List<PriceTerms> prices = new ArrayList<>();
        for (int row = 0; row < PRICE_ROWS; row++) {
            String prefix = "price." + row + ".";
            PriceKind kind = enumValue(prefix + "kind", PriceKind.class, PriceKind.STATIC);
            // A trial costs nothing, so its amount may be left empty; any other row without an amount is unused.
            if (text(prefix + "amount", 40).isBlank() && kind != PriceKind.TRIAL) {
                continue;
            }
            BigDecimal amount = Objects.requireNonNullElse(decimal(prefix + "amount"), BigDecimal.ZERO);
            if (kind == PriceKind.ON_DEMAND) {
                prices.add(PriceTerms.onDemandHourly(amount));
                continue;
            }
            prices.add(new PriceTerms(kind, integer(prefix + "periodValue", 1),
                    enumValue(prefix + "periodUnit", PeriodUnit.class, PeriodUnit.MONTHS), amount,
                    kind == PriceKind.PER_SLOT ? integer(prefix + "minSlots", 1) : null,
                    kind == PriceKind.PER_SLOT ? integer(prefix + "maxSlots", 1) : null, flag(prefix + "oncePerCustomer")));
        }
        return prices;
    }

    private String first(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }

    private String text(String name, int maxLength) {
        String value = first(name).strip();
        if (value.length() > maxLength) {
            problems.add(new Problem("catalog.problem.tooLong", name, maxLength));
            return value.substring(0, maxLength);
        }
        return value;
    }

    private boolean flag(String name) {
        return Arrays.stream(parameters.getOrDefault(name, new String[0]))
                .anyMatch(value -> "true".equals(value) || "on".equals(value));
    }

    private int integer(String name, int fallback) {
        Integer value = optionalInteger(name);
        return value == null ? fallback : value;
    }

    private Integer optionalInteger(String name) {
        Long value = optionalLong(name);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            problems.add(new Problem("catalog.problem.number", name));
            return null;
        }
        return value == null ? null : value.intValue();
    }

    private long longValue(String name) {
        Long value = optionalLong(name);
        return value == null ? 0 : value;
    }

    private Long optionalLong(String name) {
        String value = text(name, 19);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("-?\\d{1,18}")) {
            problems.add(new Problem("catalog.problem.number", name));
            return null;
        }
        return Long.parseLong(value);
    }

    private Set<Integer> integers(String name) {
        Set<Integer> values = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault(name, new String[0])) {
            if (value != null && value.strip().matches("\\d{1,9}")) {
                values.add(Integer.parseInt(value.strip()));
            } else if (value != null && !value.isBlank()) {
                problems.add(new Problem("catalog.problem.number", name));
            }
        }
        return values;
    }

    /** The products ticked as upgrade paths ({@code upgradeTo}); whether they may be is for {@link UpgradePaths}. */
    Set<Long> upgradeTargets() {
        Set<Long> values = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault("upgradeTo", new String[0])) {
            if (value != null && value.strip().matches("\\d{1,18}")) {
                values.add(Long.parseLong(value.strip()));
            } else if (value != null && !value.isBlank()) {
                problems.add(new Problem("catalog.problem.number", "upgradeTo"));
            }
        }
        return values;
    }

    /** Pelican's node tags as ticked; unknown ones are for {@link ProductRules} to report. */
    private Set<String> tags(String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault(name, new String[0])) {
            if (value != null && !value.isBlank() && value.strip().length() <= 191) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private BigDecimal decimal(String name) {
        String value = text(name, 40);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,10}(\\.\\d{1,4})?")) {
            problems.add(new Problem("catalog.problem.amount", name));
            return null;
        }
        return new BigDecimal(value).setScale(4);
    }

    private <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
        String value = text(name, 20).toUpperCase(Locale.ROOT);
        try {
            return value.isEmpty() ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem("catalog.problem.choice", name));
            return fallback;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
