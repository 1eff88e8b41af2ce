package io.pteroca.panel.catalog;

import io.pteroca.panel.shared.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The store anyone may browse; ordering needs an account. Served from the database and the capacity cache only. */
@Controller
class StoreController {

    private final Catalog catalog;

    StoreController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/store")
    String store(Model model) {
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("products", catalog.storeProducts(null));
        return "catalog/store";
    }

    @GetMapping("/store/categories/{id}")
    String category(@PathVariable long id, Model model) {
        model.addAttribute("category", catalog.category(id)
                .orElseThrow(() -> Refusal.notFound("error.404")));
        model.addAttribute("products", catalog.storeProducts(id));
        return "catalog/store-category";
    }

    @GetMapping("/store/products/{id}")
    String product(@PathVariable long id, Model model) {
        ProductView product = catalog.productForSale(id)
                .orElseThrow(() -> Refusal.notFound("error.404"));
        model.addAttribute("product", product);
        model.addAttribute("category", product.categoryId() == null ? null : catalog.category(product.categoryId()).orElse(null));
        return "catalog/store-product";
    }
}
