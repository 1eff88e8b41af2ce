package io.pteroca.panel.landing;

import io.pteroca.panel.catalog.CategoryView;
import io.pteroca.panel.catalog.ProductView;
import java.util.List;

/** What the landing page template shows; every text is plain and shown escaped. Empty lists hide their section. */
public record LandingPage(String headline, String tagline, String ctaLabel, String ctaPath, List<ProductView> featured,
                          List<CategoryView> categories, List<Item> sellingPoints, List<Item> faq) {

    /** A selling point or a question with its answer. */
    public record Item(String title, String text) {
    }
}
