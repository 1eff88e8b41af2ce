package io.pteroca.panel.landing;

import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.CategoryView;
import io.pteroca.panel.catalog.ProductView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: what visitors see at {@code /} (the start page forwards here), and what an admin opens to look
 * at it. Switched off, it sends visitors to the store. Served from the database only.
 */
@Controller
class LandingController {

    static final int MAX_FEATURED = 6;
    private static final int DEFAULT_FEATURED = 3;
    private static final int MAX_ITEMS = 8;

    private final LandingSettings settings;
    private final Catalog catalog;
    private final MessageSource messages;

    LandingController(LandingSettings settings, Catalog catalog, MessageSource messages) {
        this.settings = settings;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/landing")
    String landing(Model model, Locale locale) {
        if (!settings.enabled()) {
            return "redirect:/store";
        }
        boolean register = "register".equals(settings.text(LandingSettings.CTA_TARGET));
        List<CategoryView> categories = catalog.categories();
        model.addAttribute("landing", new LandingPage(
                or(settings.text(LandingSettings.HEADLINE), "landing.headline", locale),
                or(settings.text(LandingSettings.TAGLINE), "landing.tagline", locale),
                or(settings.text(LandingSettings.CTA_LABEL), register ? "landing.cta.register" : "landing.cta.store", locale),
                register ? "/register" : "/store",
                settings.shows(LandingSettings.SHOW_FEATURED) ? featured(categories) : List.of(),
                settings.shows(LandingSettings.SHOW_CATEGORIES) ? categories : List.of(),
                settings.shows(LandingSettings.SHOW_SELLING_POINTS) ? points(locale) : List.of(),
                settings.shows(LandingSettings.SHOW_FAQ) ? questions(locale) : List.of()));
        return "landing/landing";
    }

    /** The products the admin chose, in that order, as far as they are for sale; else the first few of the store. */
    private List<ProductView> featured(List<CategoryView> categories) {
        List<Long> chosen = settings.featuredProductIds();
        if (!chosen.isEmpty()) {
            return chosen.stream().map(catalog::productForSale).flatMap(Optional::stream).limit(MAX_FEATURED).toList();
        }
        Map<Long, List<ProductView>> store = catalog.storeProductsByCategory();
        List<ProductView> featured = new ArrayList<>(store.getOrDefault(null, List.of()));
        for (CategoryView category : categories) {
            if (featured.size() >= DEFAULT_FEATURED) {
                break;
            }
            featured.addAll(store.getOrDefault(category.id(), List.of()));
        }
        return featured.stream().limit(DEFAULT_FEATURED).toList();
    }

    private List<LandingPage.Item> points(Locale locale) {
        List<LandingPage.Item> points = items(settings.text(LandingSettings.SELLING_POINTS));
        return points.isEmpty() ? defaults("landing.point", 4, locale) : points;
    }

    private List<LandingPage.Item> questions(Locale locale) {
        List<LandingPage.Item> questions = items(settings.text(LandingSettings.FAQ));
        return questions.isEmpty() ? defaults("landing.faq", 4, locale) : questions;
    }

    /** One item a line, {@code title | text}; a line without a bar is a title alone. */
    static List<LandingPage.Item> items(String lines) {
        List<LandingPage.Item> items = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank() || items.size() == MAX_ITEMS) {
                continue;
            }
            int bar = line.indexOf('|');
            items.add(bar < 0 ? new LandingPage.Item(line.strip(), "")
                    : new LandingPage.Item(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
        }
        return items;
    }

    private List<LandingPage.Item> defaults(String prefix, int count, Locale locale) {
        List<LandingPage.Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(new LandingPage.Item(messages.getMessage(prefix + i + ".title", null, locale),
                    messages.getMessage(prefix + i + ".text", null, locale)));
        }
        return items;
    }

    private String or(String configured, String defaultKey, Locale locale) {
        return configured.isBlank() ? messages.getMessage(defaultKey, null, locale) : configured;
    }
}
