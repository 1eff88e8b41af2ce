package io.pteroca.panel.catalog;

import io.pteroca.panel.shared.Money;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * A product as the store and admin screens show it, with its current prices and availability; its prices are in
 * {@code currency}, the installation's.
 */
public record ProductView(long id, String name, String imagePath, String bannerPath, boolean deleted, long version,
                          ProductDefinition definition, List<PriceOption> prices, Availability availability,
                          Long stockLeft, Currency currency) {

    /** At or below this many servers left, the store says "only N left" instead of "in stock". */
    static final int FEW_LEFT = 5;

    static ProductView of(Product product, ProductDefinition definition, Availability availability, Long stockLeft,
                          Currency currency) {
        return new ProductView(product.id(), definition.name(), product.imagePath(), product.bannerPath(),
                product.deleted(), product.version(), definition,
                product.currentPrices().stream().map(price -> new PriceOption(price.id(), price.terms(), currency)).toList(),
                availability, stockLeft, currency);
    }

    /** Whether the store should say how few are left: stock is limited, some remain and the product can be ordered. */
    public boolean fewLeft() {
        return stockLeft != null && stockLeft > 0 && stockLeft <= FEW_LEFT && availability.orderable();
    }

    /** The price the store's "from … per month" names: the one that is cheapest per 30 days; null without prices. */
    public PriceOption cheapest() {
        return prices.stream().filter(price -> !price.terms().trial()).min(Comparator.comparing(PriceOption::perMonth))
                .orElse(null);
    }

    public String shortDescription() {
        return definition.shortDescription();
    }

    public String description() {
        return definition.description();
    }

    public boolean active() {
        return definition.active();
    }

    /** The lowest of the prices per 30 days (per slot for per-slot prices), for "from … per month"; a trial is no price. */
    public Money cheapestPerMonth() {
        PriceOption cheapest = cheapest();
        return cheapest != null ? cheapest.perMonth() : Money.zero(currency);
    }

    /** The product's free trial, if it offers one (null otherwise). */
    public PriceOption trial() {
        return prices.stream().filter(price -> price.terms().trial()).findFirst().orElse(null);
    }

    /** The prices a trial may turn into when it ends: paid per period. */
    public List<PriceOption> trialConversions() {
        return prices.stream().filter(price -> ProductRules.trialConvertsTo(price.terms())).toList();
    }

    /** Charged with a customer's first order of this product. */
    public Money setupFee() {
        return Money.of(definition.setupFee(), currency);
    }

    public Long categoryId() {
        return definition.categoryId();
    }
}
