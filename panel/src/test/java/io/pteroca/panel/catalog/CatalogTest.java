package io.pteroca.panel.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.http.FaultInjector;
import io.pteroca.emulator.state.Node;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogTest extends IntegrationTest {

    private static final String PAPER_JAVA_17 = "ghcr.io/pterodactyl/yolks:java_17";

    @Autowired
    Accounts accounts;
    @Autowired
    Catalog catalog;
    @Autowired
    NodeCapacity capacity;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private WebSession admin() {
        AccountView admin = accounts.createVerified("catalog-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Cat", "Alog", "catalog admin secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "catalog admin secret");
        return web;
    }

    /** A Paper + Vanilla plan on the emulator's node 1: 9.99 a month or 0.02 an hour, 2.50 setup fee. */
    private static List<Map.Entry<String, String>> paperPlan(String name, String... overrides) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", name);
        fields.put("shortDescription", "Paper for friends");
        fields.put("active", "true");
        fields.put("memory", "2048");
        fields.put("swap", "0");
        fields.put("disk", "10240");
        fields.put("io", "500");
        fields.put("cpu", "150");
        fields.put("databases", "1");
        fields.put("backups", "2");
        fields.put("allocations", "1");
        fields.put("schedules", "5");
        fields.put("nestId", "1");
        fields.put("egg.5.dockerImage", PAPER_JAVA_17);
        fields.put("egg.5.var.SERVER_JARFILE.value", "paper.jar");
        fields.put("egg.5.var.SERVER_JARFILE.viewable", "true");
        fields.put("price.0.kind", "STATIC");
        fields.put("price.0.periodValue", "1");
        fields.put("price.0.periodUnit", "MONTHS");
        fields.put("price.0.amount", "9.99");
        fields.put("price.1.kind", "ON_DEMAND");
        fields.put("price.1.amount", "0.02");
        fields.put("setupFee", "2.50");
        fields.put("allowAutoRenew", "true");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).toList());
        entries.add(Map.entry("nodeIds", "1"));
        entries.add(Map.entry("eggIds", "5"));
        entries.add(Map.entry("eggIds", "4"));
        return entries;
    }

    private static long createdId(WebSession.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        Matcher id = Pattern.compile("/admin/catalog/products/(\\d+)$").matcher(page.location());
        assertThat(id.find()).as(page.location()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private long createCategory(WebSession admin, String name) {
        admin.get("/admin/catalog/categories");
        assertThat(admin.post("/admin/catalog/categories", Map.of("name", name, "sortOrder", "1",
                "description", "Block games <b>for all</b>")).status()).isEqualTo(302);
        return catalog.categories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void anAdminSellsAPlanBuiltFromLiveEggsAndVisitorsSeeItWithoutAnyPterodactylCall() {
        WebSession admin = admin();
        String form = admin.get("/admin/catalog/products/new?nestId=1").body();
        assertThat(form).contains("Paper").contains("Vanilla Minecraft").contains("SERVER_JARFILE").contains("fake-wings-node")
                .contains("local1");
        String category = "Minecraft " + UUID.randomUUID().toString().substring(0, 6);
        long categoryId = createCategory(admin, category);

        List<Map.Entry<String, String>> fields = new ArrayList<>(paperPlan("Paper 2G"));
        fields.add(Map.entry("categoryId", Long.toString(categoryId)));
        long id = createdId(admin.postAll("/admin/catalog/products", fields));

        ProductView product = catalog.product(id).orElseThrow();
        assertThat(product.definition().eggs()).extracting(ProductDefinition.EggChoice::eggName)
                .containsExactly("Paper", "Vanilla Minecraft");
        ProductDefinition.EggChoice paper = product.definition().eggs().get(0);
        assertThat(paper.dockerImage()).isEqualTo(PAPER_JAVA_17);
        ProductDefinition.Variable jar = paper.variables().stream()
                .filter(v -> v.envVariable().equals("SERVER_JARFILE")).findFirst().orElseThrow();
        assertThat(jar.value()).isEqualTo("paper.jar");
        assertThat(jar.userViewable()).isTrue();
        assertThat(jar.userEditable()).isFalse();
        assertThat(jar.rules()).startsWith("required|regex:");
        ProductDefinition.Variable build = paper.variables().stream()
                .filter(v -> v.envVariable().equals("BUILD_NUMBER")).findFirst().orElseThrow();
        assertThat(build.value()).as("variables the form did not send keep the egg's default").isEqualTo("latest");
        assertThat(product.prices()).extracting(PriceOption::kind).containsExactly(PriceKind.STATIC, PriceKind.ON_DEMAND);
        assertThat(product.definition().setupFee()).isEqualByComparingTo("2.50");

        int callsBefore = TestPterodactyl.totalCalls();
        WebSession visitor = browser();
        assertThat(visitor.get("/store").body()).contains(category).doesNotContain("<b>for all</b>");
        String shelf = visitor.get("/store/categories/" + categoryId).body();
        assertThat(shelf).contains("Paper 2G").contains("Paper for friends").contains("from 9.99 USD / month")
                .contains("2 GB RAM").contains("150 % CPU");
        String page = visitor.get("/store/products/" + id).body();
        assertThat(page).contains("9.99 USD for 1 month").contains("≈ 0.33 USD per day · 9.99 USD per 30 days")
                .contains("0.02 USD per hour").contains("≈ 0.48 USD per day · 14.40 USD per 30 days")
                .contains("setup fee of 2.50 USD").contains("Paper, Vanilla Minecraft").contains("Available");
        assertThat(TestPterodactyl.totalCalls()).as("store pages read only the database and the capacity cache")
                .isEqualTo(callsBefore);

        // The prices side by side, each with what 30 days of it cost and its own order link that preselects it.
        assertThat(page).contains("≈ 9.99 USD / month").contains("≈ 14.40 USD / month").contains("Lowest price per month")
                .contains("Databases").contains("Paid every 1 month").contains("Per hour");
        assertThat(shelf).contains("Databases: 1 · Backups: 2 · Ports: 1").contains("store-picture-placeholder");
        long hourly = product.prices().get(1).id();
        assertThat(page).contains("/store/products/" + id + "/order?price=" + hourly);
        assertThat(admin.get("/store/products/" + id + "/order?price=" + hourly).body())
                .containsPattern("id=\"price-" + hourly + "\"[^>]*checked");
        assertThat(admin.get("/store/products/" + id + "/order?price=999999").body())
                .as("an unknown price falls back to the first").containsPattern("id=\"price-" + product.prices().get(0).id() + "\"[^>]*checked");
    }

    @Test
    void refusedProductsSayWhyAnswer422AndSaveNothing() {
        WebSession admin = admin();
        admin.get("/admin/catalog/products/new");
        int before = catalog.allProducts().size();

        assertRefused(admin, paperPlan("No price", "price.0.amount", "", "price.1.amount", ""), "Add at least one price.");
        assertRefused(admin, paperPlan("Slots", "price.2.kind", "PER_SLOT", "price.2.amount", "0.50",
                "price.2.minSlots", "2", "price.2.maxSlots", "20"), "the egg Paper needs exactly one slot variable");
        assertRefused(admin, paperPlan("Huge", "memory", "999999"), "No chosen node can hold 999999 MB of memory");
        assertRefused(admin, paperPlan("Typo", "memory", "2 GB", "io", "5", "cpuPinning", "one"),
                "The field memory must be a whole number.", "IO weight must be between 10 and 1000.",
                "CPU pinning must look like 0-1,3.");
        List<Map.Entry<String, String>> foreignEgg = new ArrayList<>(paperPlan("Mumble in Minecraft"));
        foreignEgg.add(Map.entry("eggIds", "13"));
        foreignEgg.add(Map.entry("nodeIds", "987"));
        assertRefused(admin, foreignEgg, "Egg 13 is not in the chosen nest.", "Node 987 does not exist in Pterodactyl.");
        assertRefused(admin, paperPlan("Bad image", "egg.5.dockerImage", "evil/image:latest"),
                "The docker image chosen for Paper is not one of its images.");
        assertThat(catalog.allProducts()).hasSize(before);

        // With one slot variable per egg the same slot price is accepted.
        long slotted = createdId(admin.postAll("/admin/catalog/products", paperPlan("Slots", "price.2.kind", "PER_SLOT",
                "price.2.amount", "0.50", "price.2.minSlots", "2", "price.2.maxSlots", "20",
                "egg.5.slot", "SERVER_JARFILE", "egg.4.slot", "SERVER_JARFILE")));
        assertThat(catalog.product(slotted).orElseThrow().prices()).extracting(PriceOption::kind).contains(PriceKind.PER_SLOT);
    }

    @Test
    void freePricesAndTrialsAreAcceptedOnlyWhenTheyMakeSense() {
        WebSession admin = admin();
        admin.get("/admin/catalog/products/new");
        int before = catalog.allProducts().size();
        assertRefused(admin, paperPlan("Paid trial", "price.2.kind", "TRIAL", "price.2.periodValue", "7",
                "price.2.periodUnit", "DAYS", "price.2.amount", "5"), "A free trial costs nothing");
        assertRefused(admin, paperPlan("Trial into nothing", "price.0.amount", "", "price.2.kind", "TRIAL",
                "price.2.periodValue", "7", "price.2.periodUnit", "DAYS"), "A free trial needs a paid fixed-period or per-slot price");
        assertRefused(admin, paperPlan("Free hours", "price.1.amount", "0"), "An on-demand price cannot be free");
        assertRefused(admin, paperPlan("Negative", "price.0.amount", "-1"), "The field price.0.amount");
        assertThat(catalog.allProducts()).hasSize(before);

        long id = createdId(admin.postAll("/admin/catalog/products", paperPlan("Free and trial", "price.0.amount", "0",
                "price.0.oncePerCustomer", "true", "price.2.kind", "TRIAL", "price.2.periodValue", "7", "price.2.periodUnit", "DAYS",
                "price.3.kind", "STATIC", "price.3.periodValue", "1", "price.3.periodUnit", "MONTHS", "price.3.amount", "3")));
        List<PriceOption> prices = catalog.product(id).orElseThrow().prices();
        assertThat(prices).filteredOn(price -> price.kind() == PriceKind.STATIC && price.terms().free())
                .singleElement().satisfies(price -> assertThat(price.terms().limitedToOnce()).isTrue());
        assertThat(prices).filteredOn(price -> price.kind() == PriceKind.TRIAL).singleElement()
                .satisfies(price -> assertThat(price.terms().periodValue()).isEqualTo(7));
        assertThat(admin.get("/admin/catalog/products/" + id).body()).contains("Free trial").contains("Once per customer");
    }

    @Test
    void upgradePathsReachOtherCategoriesAndPathsNoServerCouldTakeAreRefused() {
        WebSession admin = admin();
        admin.get("/admin/catalog/products/new");
        long premiumCategory = createCategory(admin, "Premium " + UUID.randomUUID().toString().substring(0, 6));
        List<Map.Entry<String, String>> premiumFields = new ArrayList<>(paperPlan("Premium Paper", "memory", "4096"));
        premiumFields.add(Map.entry("categoryId", Long.toString(premiumCategory)));
        long premium = createdId(admin.postAll("/admin/catalog/products", premiumFields));
        List<Map.Entry<String, String>> paperOnlyFields = new ArrayList<>(paperPlan("Paper only"));
        paperOnlyFields.remove(Map.entry("eggIds", "4"));
        long paperOnly = createdId(admin.postAll("/admin/catalog/products", paperOnlyFields));
        long weekly = createdId(admin.postAll("/admin/catalog/products", paperPlan("Weekly", "price.0.periodUnit", "DAYS",
                "price.0.periodValue", "7", "price.1.amount", "")));
        int before = catalog.allProducts().size();

        String form = admin.get("/admin/catalog/products/new").body();
        assertThat(form).contains("name=\"upgradeTo\"").contains("Premium Paper").contains("id=\"upgrade-" + premium + "\"");
        List<Map.Entry<String, String>> refused = new ArrayList<>(paperPlan("Starter"));
        refused.add(Map.entry("upgradeTo", Long.toString(paperOnly)));
        refused.add(Map.entry("upgradeTo", Long.toString(weekly)));
        refused.add(Map.entry("upgradeTo", "987654321"));
        assertRefused(admin, refused, "The upgrade path Paper only does not offer Vanilla Minecraft",
                "The upgrade path Weekly has no price for the same billing period",
                "Product 987654321 does not exist");
        List<Map.Entry<String, String>> garbled = new ArrayList<>(paperPlan("Starter"));
        garbled.add(Map.entry("upgradeTo", "premium"));
        assertRefused(admin, garbled, "The field upgradeTo must be a whole number.");
        assertThat(catalog.allProducts()).hasSize(before);

        List<Map.Entry<String, String>> starterFields = new ArrayList<>(paperPlan("Starter"));
        starterFields.add(Map.entry("upgradeTo", Long.toString(premium)));
        long starter = createdId(admin.postAll("/admin/catalog/products", starterFields));
        assertThat(catalog.upgradePaths(starter)).containsExactly(premium);
        assertThat(catalog.upgradeTargets(starter)).extracting(ProductView::id).containsExactly(premium);
        assertThat(admin.get("/admin/catalog/products/" + starter).body())
                .containsPattern("id=\"upgrade-" + premium + "\"[^>]*checked").doesNotContain("id=\"upgrade-" + starter + "\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'admin_created_product' AND details LIKE ?",
                Integer.class, "%upgrade paths to [" + premium + "]%")).isEqualTo(1);

        long version = catalog.product(starter).orElseThrow().version();
        List<Map.Entry<String, String>> itself = new ArrayList<>(paperPlan("Starter"));
        itself.add(Map.entry("version", Long.toString(version)));
        itself.add(Map.entry("upgradeTo", Long.toString(starter)));
        WebSession.Page self = admin.postAll("/admin/catalog/products/" + starter, itself);
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.body()).contains("A product cannot be an upgrade path of itself.");
        assertThat(catalog.upgradePaths(starter)).containsExactly(premium);

        List<Map.Entry<String, String>> none = new ArrayList<>(paperPlan("Starter"));
        none.add(Map.entry("version", Long.toString(version)));
        assertThat(admin.postAll("/admin/catalog/products/" + starter, none).status()).isEqualTo(302);
        assertThat(catalog.upgradePaths(starter)).as("unticking every path removes them").isEmpty();
    }

    private static void assertRefused(WebSession admin, List<Map.Entry<String, String>> fields, String... reasons) {
        WebSession.Page page = admin.postAll("/admin/catalog/products", fields);
        assertThat(page.status()).as(page.body()).isEqualTo(422);
        assertThat(page.body()).contains("Nothing was saved").contains(reasons);
    }

    @Test
    void editingRetiresChangedPricesAndASecondEditorGetsAConflict() {
        WebSession admin = admin();
        admin.get("/admin/catalog/products/new");
        long id = createdId(admin.postAll("/admin/catalog/products", paperPlan("Editable")));
        long version = catalog.product(id).orElseThrow().version();

        List<Map.Entry<String, String>> edit = new ArrayList<>(paperPlan("Editable", "price.0.amount", "12"));
        edit.add(Map.entry("version", Long.toString(version)));
        admin.get("/admin/catalog/products/" + id);
        assertThat(admin.postAll("/admin/catalog/products/" + id, edit).status()).isEqualTo(302);

        assertThat(catalog.product(id).orElseThrow().prices()).extracting(price -> price.terms().amount())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("12"), new BigDecimal("0.02"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalog_price WHERE product_id = ?", Integer.class, id))
                .as("the 9.99 price is retired, not rewritten: orders may point at it").isEqualTo(3);

        List<Map.Entry<String, String>> stale = new ArrayList<>(paperPlan("Editable", "price.0.amount", "1"));
        stale.add(Map.entry("version", Long.toString(version)));
        assertThat(admin.postAll("/admin/catalog/products/" + id, stale).status()).isEqualTo(409);
        assertThat(catalog.product(id).orElseThrow().prices().get(0).terms().amount()).isEqualByComparingTo("12");
    }

    @Test
    void copiesStartInactiveDeletedProductsLeaveTheStoreAndHiddenCategoriesReleaseTheirProducts() {
        WebSession admin = admin();
        long categoryId = createCategory(admin, "Shelf " + UUID.randomUUID().toString().substring(0, 6));
        admin.get("/admin/catalog/products/new");
        List<Map.Entry<String, String>> fields = new ArrayList<>(paperPlan("Original"));
        fields.add(Map.entry("categoryId", Long.toString(categoryId)));
        long id = createdId(admin.postAll("/admin/catalog/products", fields));

        admin.get("/admin/catalog/products");
        WebSession.Page copied = admin.post("/admin/catalog/products/" + id + "/copy", Map.of());
        long copyId = createdId(copied);
        ProductView copy = catalog.product(copyId).orElseThrow();
        assertThat(copy.name()).isEqualTo("Original (copy)");
        assertThat(copy.active()).isFalse();
        assertThat(copy.definition().eggs()).isEqualTo(catalog.product(id).orElseThrow().definition().eggs());
        assertThat(copy.prices()).hasSize(2);
        assertThat(catalog.storeProducts(categoryId)).extracting(ProductView::id).containsExactly(id);

        admin.get("/admin/catalog/categories");
        admin.post("/admin/catalog/categories/" + categoryId + "/delete", Map.of());
        assertThat(browser().get("/store/categories/" + categoryId).status()).isEqualTo(404);
        assertThat(catalog.storeProducts(null)).extracting(ProductView::id).contains(id);

        admin.get("/admin/catalog/products");
        admin.post("/admin/catalog/products/" + id + "/delete", Map.of());
        assertThat(browser().get("/store/products/" + id).status()).isEqualTo(404);
        assertThat(browser().get("/store/products/" + copyId).status()).as("inactive").isEqualTo(404);
        assertThat(catalog.allProducts()).extracting(ProductView::id).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM catalog_price WHERE product_id = ?", Integer.class, id))
                .isEqualTo(2);
        assertThat(admin.get("/admin/catalog/products/" + id).status()).isEqualTo(404);
    }

    @Test
    void availabilityFollowsTheCachedCapacityAndSurvivesAnUnreachablePterodactyl() {
        WebSession admin = admin();
        admin.get("/admin/catalog/products/new");
        long id = createdId(admin.postAll("/admin/catalog/products", paperPlan("Capacity")));
        capacity.refresh();
        assertThat(catalog.product(id).orElseThrow().availability()).isEqualTo(Availability.AVAILABLE);

        Node node = TestPterodactyl.emulator().state().nodes.get(1L);
        node.maintenanceMode = true;
        try {
            assertThat(catalog.product(id).orElseThrow().availability()).as("cached until the next refresh")
                    .isEqualTo(Availability.AVAILABLE);
            capacity.refresh();
            assertThat(catalog.product(id).orElseThrow().availability()).isEqualTo(Availability.NO_CAPACITY);
            assertThat(browser().get("/store/products/" + id).body()).contains("Temporarily unavailable");
        } finally {
            node.maintenanceMode = false;
        }
        TestPterodactyl.emulator().faults().add(new FaultInjector.Fault("GET", "/api/application/nodes.*", 500, 0, false, 100));
        capacity.refresh();
        assertThat(catalog.product(id).orElseThrow().availability()).as("the last known capacity is kept")
                .isEqualTo(Availability.NO_CAPACITY);

        assertThat(admin.get("/admin/catalog/products/new").body()).contains("Pterodactyl could not be reached");
        WebSession.Page refused = admin.postAll("/admin/catalog/products", paperPlan("While down"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Pterodactyl could not be reached");
    }

    @Test
    void theStoreReadAtOnceHoldsWhatEachCategoryReadAloneHolds() {
        CatalogTestAccess access = new CatalogTestAccess(context);
        CategoryView category = catalog.saveCategory(null, "Whole store " + UUID.randomUUID(), "", 0);
        ProductDefinition everything = CatalogTestAccess.everything("In a category " + UUID.randomUUID());
        access.create(new ProductDefinition(category.id(), everything.name(), everything.shortDescription(), everything.description(),
                everything.active(), everything.sortOrder(), everything.resources(), everything.featureLimits(), everything.nodeIds(),
                everything.locationIds(), everything.nestId(), everything.eggs(), everything.allowEggChange(),
                everything.allowAutoRenew(), everything.setupFee(), everything.stock(), everything.perCustomerLimit(),
                everything.prices()));
        access.create(CatalogTestAccess.everything("Without a category " + UUID.randomUUID()));

        Map<Long, List<ProductView>> store = catalog.storeProductsByCategory();
        assertThat(store.get(category.id())).hasSize(1).isEqualTo(catalog.storeProducts(category.id()));
        assertThat(store.get(null)).isNotEmpty().isEqualTo(catalog.storeProducts(null));
        for (CategoryView each : catalog.categories()) {
            assertThat(store.getOrDefault(each.id(), List.of())).isEqualTo(catalog.storeProducts(each.id()));
        }
    }
}
