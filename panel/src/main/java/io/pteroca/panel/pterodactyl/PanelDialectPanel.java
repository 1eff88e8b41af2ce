package io.pteroca.panel.pterodactyl;

import io.pteroca.panel.setting.SettingGroup;
import io.pteroca.panel.setting.SettingsPanel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Settings → Pterodactyl: which panel answers (as detected or forced) and how customers' servers get their keys. */
@Component
class PanelDialectPanel implements SettingsPanel {

    private final PterodactylOverview overview;
    private final PterodactylSettings settings;

    PanelDialectPanel(PterodactylOverview overview, PterodactylSettings settings) {
        this.overview = overview;
        this.settings = settings;
    }

    @Override
    public SettingGroup group() {
        return SettingGroup.PTERODACTYL;
    }

    @Override
    public String template() {
        return "pterodactyl/dialect-panel";
    }

    @Override
    public void addTo(Model model) {
        model.addAttribute("panelStatus", overview.status());
        model.addAttribute("dialectForced", settings.forcedDialect().isPresent());
        model.addAttribute("pelicanFallback", settings.pelicanAdminClientKey().isPresent());
    }
}
