package io.pteroca.panel.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.PterodactylEmulator;
import io.pteroca.emulator.state.Egg;
import io.pteroca.emulator.state.EmulatorSettings;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fresh Pelican has no eggs (its installer imports them, the panel seeds none): the product form tells the admin to
 * import or create eggs in Pelican, instead of an empty list or a nest to choose, and saving says the same.
 */
class PelicanWithoutEggsTest extends IntegrationTest {

    private static final String TELL_ADMIN = "This Pelican panel has no eggs yet";

    @Autowired
    Accounts accounts;
    @Autowired
    Catalog catalog;

    @Test
    void theProductFormSaysToImportOrCreateEggsInPelican() {
        PterodactylEmulator pelican = TestPterodactyl.use(EmulatorSettings.Flavor.PELICAN);
        pterodactylSettings.configure(pelican.baseUrl(), pelican.applicationKey());
        AccountView admin = accounts.createVerified("no-eggs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Egg", "Less", "no eggs admin secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "no eggs admin secret");
        Map<Long, Egg> eggs;
        synchronized (pelican.state()) {
            eggs = new LinkedHashMap<>(pelican.state().eggs);
            pelican.state().eggs.clear();
        }
        try {
            String form = web.get("/admin/catalog/products/new").body();
            assertThat(form).contains("id=\"pelican-no-eggs\"").contains(TELL_ADMIN).contains("Import")
                    .doesNotContain("Choose a nest to see its eggs").doesNotContain("id=\"nestId\"")
                    .doesNotContain("name=\"eggIds\"");

            int before = catalog.allProducts().size();
            WebSession.Page refused = web.postAll("/admin/catalog/products", List.of(Map.entry("name", "Nothing to run"),
                    Map.entry("memory", "1024"), Map.entry("disk", "2048"), Map.entry("io", "500"), Map.entry("cpu", "100"),
                    Map.entry("nodeTags", "game"), Map.entry("eggIds", "1"), Map.entry("price.0.kind", "STATIC"),
                    Map.entry("price.0.periodValue", "1"), Map.entry("price.0.periodUnit", "MONTHS"),
                    Map.entry("price.0.amount", "5")));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).contains(TELL_ADMIN).doesNotContain("is not in the chosen nest");
            assertThat(catalog.allProducts()).as("nothing saved").hasSize(before);
        } finally {
            synchronized (pelican.state()) {
                pelican.state().eggs.putAll(eggs);
            }
        }
        assertThat(web.get("/admin/catalog/products/new").body()).as("with eggs again, they are listed")
                .doesNotContain("id=\"pelican-no-eggs\"").contains("name=\"eggIds\"");
    }
}
