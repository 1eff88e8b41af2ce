package io.pteroca.panel.catalog;

import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.WalletSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes categories and products; validation against Pterodactyl happens before, in {@code ProductEditor}. */
@Service
public class Catalog {

    private static final Comparator<ProductView> STORE_ORDER =
            Comparator.comparingInt((ProductView product) -> product.definition().sortOrder()).thenComparing(ProductView::name);

    private final CategoryRepository categories;
    private final ProductRepository products;
    private final NodeCapacity capacity;
    private final List<ProductSales> sales;
    private final WalletSettings wallet;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    Catalog(CategoryRepository categories, ProductRepository products, NodeCapacity capacity, List<ProductSales> sales,
            WalletSettings wallet, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.categories = categories;
        this.products = products;
        this.capacity = capacity;
        this.sales = sales;
        this.wallet = wallet;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CategoryView> categories() {
        return categories.findByDeletedAtIsNullOrderBySortOrderAscNameAsc().stream().map(CategoryView::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CategoryView> category(long id) {
        return categories.findById(id).filter(category -> !category.deleted()).map(CategoryView::of);
    }

    /** Active products of a category ({@code null}: those without one), in store order. */
    @Transactional(readOnly = true)
    public List<ProductView> storeProducts(Long categoryId) {
        return storeProducts(product -> Objects.equals(product.categoryId(), categoryId));
    }

    /** Active products of all categories, read at once, by category ({@code null}: those without one), in store order. */
    @Transactional(readOnly = true)
    public Map<Long, List<ProductView>> storeProductsByCategory() {
        Map<Long, List<ProductView>> byCategory = new HashMap<>();
        for (ProductView product : storeProducts(product -> true)) {
            byCategory.computeIfAbsent(product.categoryId(), category -> new ArrayList<>()).add(product);
        }
        return byCategory;
    }

    private List<ProductView> storeProducts(Predicate<Product> which) {
        return products.findByDeletedAtIsNull().stream().filter(product -> product.active() && which.test(product))
                .map(this::view).sorted(STORE_ORDER).toList();
    }

    /** Every product not deleted, active or not, for admins. */
    @Transactional(readOnly = true)
    public List<ProductView> allProducts() {
        return products.findByDeletedAtIsNull().stream().map(this::view).sorted(STORE_ORDER).toList();
    }

    /** A product even when deleted or inactive; callers decide what they may show. */
    @Transactional(readOnly = true)
    public Optional<ProductView> product(long id) {
        return products.findById(id).map(this::view);
    }

    /** The product as a customer may order it: active, not deleted. */
    @Transactional(readOnly = true)
    public Optional<ProductView> productForSale(long id) {
        return product(id).filter(product -> !product.deleted() && product.active());
    }

    /**
     * The product for an order, locked until the caller's transaction ends, so stock counted under the lock stays
     * true; empty when it is not for sale.
     */
    @Transactional
    public Optional<ProductView> lockForOrder(long id) {
        return products.lockById(id).filter(product -> !product.deleted() && product.active()).map(this::view);
    }

    /**
     * The product for an admin's order, locked like {@link #lockForOrder}: inactive products included (an admin may
     * order them for a customer), deleted ones not.
     */
    @Transactional
    public Optional<ProductView> lockForAdminOrder(long id) {
        return products.lockById(id).filter(product -> !product.deleted()).map(this::view);
    }

    @Transactional
    public CategoryView saveCategory(Long id, String name, String description, int sortOrder) {
        Category category = id == null ? new Category(clock.instant()) : existingCategory(id);
        category.update(name, description, sortOrder, clock.instant());
        CategoryView saved = CategoryView.of(categories.save(category));
        events.publishEvent(new CatalogChanged(id == null ? CatalogChanged.Kind.CATEGORY_CREATED : CatalogChanged.Kind.CATEGORY_UPDATED,
                saved.id(), name));
        return saved;
    }

    @Transactional
    public void setCategoryImage(long id, String imagePath) {
        existingCategory(id).image(imagePath);
    }

    /** Hides the category; its products move to the store's front page rather than disappearing with it. */
    @Transactional
    public void deleteCategory(long id) {
        existingCategory(id).delete(clock.instant());
        products.findByCategoryIdAndDeletedAtIsNull(id).forEach(Product::uncategorize);
        events.publishEvent(new CatalogChanged(CatalogChanged.Kind.CATEGORY_DELETED, id, null));
    }

    /**
     * The products a server on {@code productId} may move to besides those of its own category, as an admin set them;
     * only those still for sale, in store order.
     */
    @Transactional(readOnly = true)
    public List<ProductView> upgradeTargets(long productId) {
        return products.findById(productId).map(Product::upgradeTargets).orElse(Set.of()).stream()
                .map(products::findById).flatMap(Optional::stream)
                .filter(product -> !product.deleted() && product.active()).map(this::view).sorted(STORE_ORDER).toList();
    }

    /** The ids of the upgrade paths an admin set on the product, for the admin's form. */
    @Transactional(readOnly = true)
    public Set<Long> upgradePaths(long productId) {
        return products.findById(productId).map(Product::upgradeTargets).orElse(Set.of());
    }

    /** Whether an admin lets servers on {@code productId} move to {@code targetId} (beyond the category). */
    @Transactional(readOnly = true)
    public boolean upgradePath(long productId, long targetId) {
        return upgradePaths(productId).contains(targetId);
    }

    @Transactional
    ProductView createProduct(ProductDefinition definition) {
        return createProduct(definition, Set.of());
    }

    @Transactional
    ProductView createProduct(ProductDefinition definition, Set<Long> upgradeTargets) {
        Product product = new Product(clock.instant());
        product.update(definition, clock.instant());
        product.upgradeTo(upgradeTargets);
        ProductView created = view(products.saveAndFlush(product));
        events.publishEvent(new CatalogChanged(CatalogChanged.Kind.PRODUCT_CREATED, created.id(), definition.name()));
        return created;
    }

    /** {@code version} is what the admin's form was built from; a change in between is refused, not overwritten. */
    @Transactional
    ProductView updateProduct(long id, long version, ProductDefinition definition) {
        return updateProduct(id, version, definition, existingProduct(id).upgradeTargets());
    }

    @Transactional
    ProductView updateProduct(long id, long version, ProductDefinition definition, Set<Long> upgradeTargets) {
        Product product = existingProduct(id);
        if (product.version() != version) {
            throw new OptimisticLockingFailureException("product " + id + " changed since the form was opened");
        }
        product.update(definition, clock.instant());
        product.upgradeTo(upgradeTargets);
        ProductView updated = view(products.saveAndFlush(product));
        events.publishEvent(new CatalogChanged(CatalogChanged.Kind.PRODUCT_UPDATED, id, definition.name()));
        return updated;
    }

    /** A new, inactive product with the same settings, prices and images. */
    @Transactional
    public ProductView copyProduct(long id) {
        Product original = existingProduct(id);
        ProductDefinition source = original.definition();
        ProductDefinition copy = new ProductDefinition(source.categoryId(), copyName(source.name()), source.shortDescription(),
                source.description(), false, source.sortOrder(), source.resources(), source.featureLimits(), source.nodeIds(),
                source.locationIds(), source.nestId(), source.eggs(), source.allowEggChange(), source.allowAutoRenew(),
                source.setupFee(), source.stock(), source.perCustomerLimit(), source.prices(), source.nodeTags());
        Product product = new Product(clock.instant());
        product.update(copy, clock.instant());
        product.upgradeTo(original.upgradeTargets());
        product.images(original.imagePath(), original.bannerPath());
        ProductView created = view(products.saveAndFlush(product));
        events.publishEvent(new CatalogChanged(CatalogChanged.Kind.PRODUCT_CREATED, created.id(), copy.name()));
        return created;
    }

    @Transactional
    public void setProductImages(long id, String imagePath, String bannerPath) {
        existingProduct(id).images(imagePath, bannerPath);
    }

    @Transactional
    public void deleteProduct(long id) {
        existingProduct(id).delete(clock.instant());
        events.publishEvent(new CatalogChanged(CatalogChanged.Kind.PRODUCT_DELETED, id, null));
    }

    private static String copyName(String name) {
        String copy = name + " (copy)";
        return copy.length() > 120 ? copy.substring(0, 120) : copy;
    }

    private Category existingCategory(long id) {
        return categories.findById(id).filter(category -> !category.deleted())
                .orElseThrow(() -> Refusal.notFound("error.404"));
    }

    private Product existingProduct(long id) {
        return products.findById(id).filter(product -> !product.deleted())
                .orElseThrow(() -> Refusal.notFound("error.404"));
    }

    private ProductView view(Product product) {
        // The definition is rebuilt from the entity on each call; store pages list many products, so build it once.
        ProductDefinition definition = product.definition();
        Long stockLeft = stockLeft(product, definition);
        return ProductView.of(product, definition, availability(product, definition, stockLeft), stockLeft, wallet.currency());
    }

    /** Servers that may still be sold, for a product with a limited stock; null when the stock is unlimited. */
    private Long stockLeft(Product product, ProductDefinition definition) {
        if (definition.stock() == null || product.id() == null) {
            return null;
        }
        long sold = sales.stream().mapToLong(s -> s.liveServers(product.id())).sum();
        return Math.max(0, definition.stock() - sold);
    }

    private Availability availability(Product product, ProductDefinition definition, Long stockLeft) {
        if (product.deleted() || !definition.active()) {
            return Availability.INACTIVE;
        }
        if (stockLeft != null && stockLeft == 0) {
            return Availability.OUT_OF_STOCK;
        }
        return capacity.snapshot()
                .map(snapshot -> ProductRules.eligibleNodes(definition, snapshot.nodes()).stream()
                        .anyMatch(node -> node.fits(definition.resources().memory(), definition.resources().disk()))
                        ? Availability.AVAILABLE : Availability.NO_CAPACITY)
                .orElse(Availability.UNKNOWN);
    }
}
