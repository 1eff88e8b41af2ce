package io.pteroca.panel.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** A product as the store and admin screens show it, with its current prices and availability. */
public record ProductView(long id, String name, String imagePath, String bannerPath, boolean deleted, long version,
                          ProductDefinition definition, List<PriceOption> prices, Availability availability) {

    static ProductView of(Product product, ProductDefinition definition, Availability availability) {
        return new ProductView(product.id(), definition.name(), product.imagePath(), product.bannerPath(),
                product.deleted(), product.version(), definition,
                product.currentPrices().stream().map(price -> new PriceOption(price.id(), price.terms())).toList(),
                availability);
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

    /** The lowest of the prices per 30 days (per slot for per-slot prices), for "from … per month". */
    public BigDecimal cheapestPerMonth() {
        return prices.stream().map(PriceOption::perMonth).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }

    public Long categoryId() {
        return definition.categoryId();
    }
}
