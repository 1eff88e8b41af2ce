package io.pteroca.panel.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.ProductEditor;
import io.pteroca.panel.pterodactyl.PterodactylInventory;
import io.pteroca.panel.pterodactyl.PterodactylInventory.EggInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A panel without the eggs the demo's plans use stops the demo with a message naming them, and seeds nothing. */
class DemoCatalogWithoutEggsTest {

    private final Catalog catalog = mock(Catalog.class);
    private final ProductEditor editor = mock(ProductEditor.class);
    private final PterodactylInventory inventory = mock(PterodactylInventory.class);

    @Test
    void aPterodactylPanelWithoutEggsIsNamedInsteadOfANullPointer() {
        when(inventory.eggs(anyInt())).thenReturn(List.of());

        assertThatThrownBy(() -> new DemoCatalog(catalog, editor, inventory).seed()).isInstanceOf(IllegalStateException.class)
                .hasMessage("The demo needs the egg 'Paper' in Pterodactyl's Minecraft nest (1), which has no eggs");
        verifyNoInteractions(catalog, editor);
    }

    @Test
    void aPelicanPanelWithOtherEggsListsThem() {
        when(inventory.pelican()).thenReturn(true);
        when(inventory.eggs(anyInt())).thenReturn(List.of(new EggInfo(5, "Forge", "java -jar server.jar", Map.of(), List.of()),
                new EggInfo(6, "Bungeecord", "java -jar bungee.jar", Map.of(), List.of())));

        assertThatThrownBy(() -> new DemoCatalog(catalog, editor, inventory).seed()).isInstanceOf(IllegalStateException.class)
                .hasMessage("The demo needs the egg 'Paper' in Pelican's egg list, which has only Bungeecord, Forge");
        verifyNoInteractions(catalog, editor);
    }
}
