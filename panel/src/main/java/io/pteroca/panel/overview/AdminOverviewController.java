package io.pteroca.panel.overview;

import io.pteroca.panel.pterodactyl.PterodactylOverview;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** {@code /admin}: the business at a glance. */
@Controller
class AdminOverviewController {

    private final OverviewSnapshots overview;
    private final PterodactylOverview pterodactyl;
    private final JsonMapper json = JsonMapper.builder().build();

    AdminOverviewController(OverviewSnapshots overview, PterodactylOverview pterodactyl) {
        this.overview = overview;
        this.pterodactyl = pterodactyl;
    }

    @GetMapping("/admin")
    String overview(Locale locale, Model model) {
        OverviewSnapshots.Snapshot snapshot = overview.current(locale);
        BusinessOverview.Charts charts = snapshot.charts();
        Map<String, String> chartData = new LinkedHashMap<>();
        chartData.put("revenuePerDay", json.writeValueAsString(charts.revenuePerDay()));
        chartData.put("revenuePerMonth", json.writeValueAsString(charts.revenuePerMonth()));
        chartData.put("customersPerMonth", json.writeValueAsString(charts.customersPerMonth()));
        chartData.put("serversPerMonth", json.writeValueAsString(charts.serversPerMonth()));
        chartData.put("serversByProduct", json.writeValueAsString(charts.serversByProduct()));
        BusinessOverview.Figures figures = snapshot.figures();
        Map<String, Long> serverCounts = new LinkedHashMap<>();
        figures.servers().forEach((state, count) -> serverCounts.put(state.name(), count));
        model.addAttribute("figures", figures);
        model.addAttribute("figuresTakenAt", snapshot.takenAt());
        model.addAttribute("serverCounts", serverCounts);
        model.addAttribute("noServers", charts.serversByProduct().labels().isEmpty());
        model.addAttribute("charts", chartData);
        model.addAttribute("pterodactyl", pterodactyl.status());
        return "overview/admin-overview";
    }
}
