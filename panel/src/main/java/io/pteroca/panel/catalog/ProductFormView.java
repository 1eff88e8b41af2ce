package io.pteroca.panel.catalog;

import io.pteroca.panel.pterodactyl.PterodactylInventory.EggInfo;
import io.pteroca.panel.pterodactyl.PterodactylInventory.VariableInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the product form shows: the values (saved, entered or defaults) merged with the nest's eggs from Pterodactyl. */
record ProductFormView(Long id, long version, ProductDefinition product, List<EggRow> eggs, List<PriceRow> prices) {

    private static final int EMPTY_PRICE_ROWS = 3;

    static ProductFormView of(Long id, long version, ProductDefinition product, List<EggInfo> nestEggs) {
        Map<Integer, ProductDefinition.EggChoice> chosen = product.eggs().stream()
                .collect(Collectors.toMap(ProductDefinition.EggChoice::eggId, Function.identity()));
        List<EggRow> eggs = nestEggs.stream().map(egg -> EggRow.of(egg, chosen.get(egg.id()))).toList();
        List<PriceRow> prices = new ArrayList<>();
        product.prices().forEach(terms -> prices.add(PriceRow.of(prices.size(), terms)));
        while (prices.size() < Math.min(ProductFormReader.PRICE_ROWS, product.prices().size() + EMPTY_PRICE_ROWS)) {
            prices.add(new PriceRow(prices.size(), PriceKind.STATIC, 1, PeriodUnit.MONTHS, null, 1, 1, false));
        }
        return new ProductFormView(id, version, product, eggs, prices);
    }

    /** Defaults for a new product: Pterodactyl's usual limits, nothing chosen yet. */
    static ProductDefinition blank(int nestId) {
        return new ProductDefinition(null, "", null, null, true, 0,
                new ProductDefinition.Resources(1024, 0, 5120, 500, 100, null),
                new ProductDefinition.FeatureLimits(1, 1, 1, 10), Set.of(), Set.of(), nestId, List.of(), false, true,
                BigDecimal.ZERO, null, null, List.of());
    }

    /** The setup fee as the form's field takes it: "1.5", not "1.5000". */
    public String setupFeeText() {
        return typed(product.setupFee());
    }

    private static String typed(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    public boolean hasNode(int nodeId) {
        return product.nodeIds().contains(nodeId);
    }

    public boolean hasLocation(int locationId) {
        return product.locationIds().contains(locationId);
    }

    public boolean hasNodeTag(String tag) {
        return product.nodeTags().contains(tag);
    }

    record EggRow(EggInfo egg, boolean chosen, String startup, boolean startupViewable, String dockerImage,
                  boolean dockerImageSelectable, List<VariableRow> variables) {

        static EggRow of(EggInfo egg, ProductDefinition.EggChoice choice) {
            Map<String, ProductDefinition.Variable> configured = choice == null ? Map.of() : choice.variables().stream()
                    .collect(Collectors.toMap(ProductDefinition.Variable::envVariable, Function.identity()));
            List<VariableRow> variables = egg.variables().stream()
                    .map(variable -> VariableRow.of(variable, configured.get(variable.envVariable()))).toList();
            return choice == null
                    ? new EggRow(egg, false, null, false, null, false, variables)
                    : new EggRow(egg, true, choice.startup(), choice.startupUserViewable(), choice.dockerImage(),
                            choice.dockerImageSelectable(), variables);
        }
    }

    record VariableRow(VariableInfo info, String value, boolean viewable, boolean editable, boolean slot) {

        static VariableRow of(VariableInfo info, ProductDefinition.Variable configured) {
            return configured == null
                    ? new VariableRow(info, info.defaultValue(), info.userViewable(), info.userEditable(), false)
                    : new VariableRow(info, configured.value(), configured.userViewable(), configured.userEditable(),
                            configured.slotVariable());
        }
    }

    record PriceRow(int index, PriceKind kind, int periodValue, PeriodUnit periodUnit, BigDecimal amount, Integer minSlots,
                    Integer maxSlots, boolean oncePerCustomer) {

        static PriceRow of(int index, PriceTerms terms) {
            return new PriceRow(index, terms.kind(), terms.periodValue(), terms.periodUnit(), terms.amount(),
                    terms.minSlots(), terms.maxSlots(), terms.oncePerCustomer());
        }

        /** The amount as the form's field takes it; empty for an empty row. */
        public String amountText() {
            return typed(amount);
        }
    }
}
