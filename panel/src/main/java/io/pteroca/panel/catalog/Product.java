package io.pteroca.panel.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A plan the store sells. Soft deleted only: servers keep a snapshot of what they were sold as. */
@Entity
@Table(name = "catalog_product")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "category_id")
    private Long categoryId;
    private String name;
    @Column(name = "short_description")
    private String shortDescription;
    private String description;
    @Column(name = "image_path")
    private String imagePath;
    @Column(name = "banner_path")
    private String bannerPath;
    private boolean active;
    @Column(name = "sort_order")
    private int sortOrder;
    @Column(name = "memory_mb")
    private long memory;
    @Column(name = "swap_mb")
    private long swap;
    @Column(name = "disk_mb")
    private long disk;
    @Column(name = "io_weight")
    private int io;
    @Column(name = "cpu_percent")
    private int cpu;
    @Column(name = "cpu_pinning")
    private String cpuPinning;
    @Column(name = "database_limit")
    private int databaseLimit;
    @Column(name = "backup_limit")
    private int backupLimit;
    @Column(name = "allocation_limit")
    private int allocationLimit;
    @Column(name = "schedule_limit")
    private int scheduleLimit;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_product_node", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "node_id")
    private Set<Integer> nodeIds = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_product_location", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "location_id")
    private Set<Integer> locationIds = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_product_node_tag", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "tag")
    private Set<String> nodeTags = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_product_upgrade", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "target_product_id")
    private Set<Long> upgradeTargets = new HashSet<>();
    @Column(name = "nest_id")
    private int nestId;
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private Set<ProductEgg> eggs = new HashSet<>();
    @Column(name = "allow_egg_change")
    private boolean allowEggChange;
    @Column(name = "allow_auto_renew")
    private boolean allowAutoRenew;
    @Column(name = "setup_fee")
    private BigDecimal setupFee;
    private Integer stock;
    @Column(name = "per_customer_limit")
    private Integer perCustomerLimit;
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    private Set<Price> prices = new HashSet<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected Product() {
    }

    Product(Instant now) {
        this.createdAt = now;
    }

    /** Applies a definition already accepted by {@link ProductRules}; changed prices retire the old rows. */
    void update(ProductDefinition definition, Instant now) {
        this.categoryId = definition.categoryId();
        this.name = definition.name();
        this.shortDescription = definition.shortDescription();
        this.description = definition.description();
        this.active = definition.active();
        this.sortOrder = definition.sortOrder();
        ProductDefinition.Resources resources = definition.resources();
        this.memory = resources.memory();
        this.swap = resources.swap();
        this.disk = resources.disk();
        this.io = resources.io();
        this.cpu = resources.cpu();
        this.cpuPinning = resources.cpuPinning();
        ProductDefinition.FeatureLimits limits = definition.featureLimits();
        this.databaseLimit = limits.databases();
        this.backupLimit = limits.backups();
        this.allocationLimit = limits.allocations();
        this.scheduleLimit = limits.schedules();
        this.nodeIds.clear();
        this.nodeIds.addAll(definition.nodeIds());
        this.locationIds.clear();
        this.locationIds.addAll(definition.locationIds());
        this.nodeTags.clear();
        this.nodeTags.addAll(definition.nodeTags());
        this.nestId = definition.nestId();
        updateEggs(definition.eggs());
        this.allowEggChange = definition.allowEggChange();
        this.allowAutoRenew = definition.allowAutoRenew();
        this.setupFee = definition.setupFee();
        this.stock = definition.stock();
        this.perCustomerLimit = definition.perCustomerLimit();
        updatePrices(definition.prices(), now);
        this.updatedAt = now;
    }

    private void updateEggs(List<ProductDefinition.EggChoice> chosen) {
        Set<Integer> keep = chosen.stream().map(ProductDefinition.EggChoice::eggId).collect(Collectors.toSet());
        eggs.removeIf(egg -> !keep.contains(egg.eggId()));
        var existing = eggs.stream().collect(Collectors.toMap(ProductEgg::eggId, Function.identity()));
        for (int position = 0; position < chosen.size(); position++) {
            ProductDefinition.EggChoice choice = chosen.get(position);
            ProductEgg egg = existing.get(choice.eggId());
            if (egg == null) {
                eggs.add(new ProductEgg(this, choice, position));
            } else {
                egg.update(choice);
                egg.moveTo(position);
            }
        }
    }

    private void updatePrices(List<PriceTerms> wanted, Instant now) {
        List<Price> current = new ArrayList<>(currentPrices());
        for (int position = 0; position < wanted.size(); position++) {
            PriceTerms terms = wanted.get(position);
            Price same = current.stream().filter(price -> price.sameTerms(terms)).findFirst().orElse(null);
            if (same == null) {
                prices.add(new Price(this, terms, position));
            } else {
                current.remove(same);
                same.moveTo(position);
            }
        }
        current.forEach(price -> price.retire(now));
    }

    List<Price> currentPrices() {
        return prices.stream().filter(price -> !price.retired()).sorted(Comparator.comparingInt(Price::position)).toList();
    }

    ProductDefinition definition() {
        return new ProductDefinition(categoryId, name, shortDescription, description, active, sortOrder,
                new ProductDefinition.Resources(memory, swap, disk, io, cpu, cpuPinning),
                new ProductDefinition.FeatureLimits(databaseLimit, backupLimit, allocationLimit, scheduleLimit),
                Set.copyOf(nodeIds), Set.copyOf(locationIds), nestId,
                eggs.stream().sorted(Comparator.comparingInt(ProductEgg::position)).map(ProductEgg::definition).toList(),
                allowEggChange, allowAutoRenew, setupFee, stock, perCustomerLimit,
                currentPrices().stream().map(Price::terms).toList(), Set.copyOf(nodeTags));
    }

    /** The products, beyond its own category's, that a server on this product may move to (ProductEditor checks them). */
    void upgradeTo(Set<Long> targets) {
        upgradeTargets.clear();
        upgradeTargets.addAll(targets);
    }

    Set<Long> upgradeTargets() {
        return Set.copyOf(upgradeTargets);
    }

    void images(String imagePath, String bannerPath) {
        this.imagePath = imagePath;
        this.bannerPath = bannerPath;
    }

    void delete(Instant now) {
        this.deletedAt = now;
        this.active = false;
    }

    void uncategorize() {
        this.categoryId = null;
    }

    Long id() {
        return id;
    }

    boolean active() {
        return active;
    }

    Long categoryId() {
        return categoryId;
    }

    String imagePath() {
        return imagePath;
    }

    String bannerPath() {
        return bannerPath;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    long version() {
        return version;
    }
}
