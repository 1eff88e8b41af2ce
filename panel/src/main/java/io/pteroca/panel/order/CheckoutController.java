package io.pteroca.panel.order;

import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.NodeCapacity;
import io.pteroca.panel.catalog.PriceKind;
import io.pteroca.panel.catalog.PriceOption;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.RateLimitExceededException;
import io.pteroca.panel.shared.RateLimiter;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.Wallets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The configure page of a product: choices, a live price summary, and the purchase. */
@Controller
@RequestMapping("/store/products/{productId}/order")
class CheckoutController {

    private final Catalog catalog;
    private final Checkout checkout;
    private final Wallets wallets;
    private final RateLimiter limiter;
    private final NodeCapacity capacity;
    private final io.pteroca.panel.account.Billing billing;

    CheckoutController(Catalog catalog, Checkout checkout, Wallets wallets, RateLimiter limiter,
                       NodeCapacity capacity, io.pteroca.panel.account.Billing billing) {
        this.billing = billing;
        this.capacity = capacity;
        this.catalog = catalog;
        this.checkout = checkout;
        this.wallets = wallets;
        this.limiter = limiter;
    }

    /** {@code price}: the price chosen on the product page, preselected; an unknown one falls back to the first. */
    @GetMapping
    String configure(@PathVariable long productId, @RequestParam(required = false) Long price, Authentication user,
                     Model model) {
        ProductView product = forSale(productId);
        Map<String, String> chosen = new HashMap<>();
        chosen.put("key", UUID.randomUUID().toString());
        PriceOption first = product.prices().stream().filter(option -> price != null && option.id() == price).findFirst()
                .orElse(product.prices().get(0));
        chosen.put("priceId", String.valueOf(first.id()));
        chosen.put("eggId", String.valueOf(product.definition().eggs().get(0).eggId()));
        if (first.kind() == PriceKind.PER_SLOT) {
            chosen.put("slots", String.valueOf(first.terms().minSlots()));
        }
        if (product.trial() != null && !product.trialConversions().isEmpty()) {
            PriceOption then = product.trialConversions().get(0);
            chosen.put("thenPriceId", String.valueOf(then.id()));
            if (then.kind() == PriceKind.PER_SLOT) {
                chosen.putIfAbsent("slots", String.valueOf(then.terms().minSlots()));
            }
        }
        return page(product, chosen, null, user, model);
    }

    /** The price summary for the current choices, swapped in by htmx as the customer changes them. */
    @GetMapping("/summary")
    String summary(@PathVariable long productId, HttpServletRequest request, Authentication user, Model model) {
        ProductView product = forSale(productId);
        model.addAttribute("product", product);
        model.addAttribute("balance", wallets.balance(CurrentUser.id(user)));
        OrderForm form = form(product, request.getParameterMap());
        long userId = CurrentUser.id(user);
        try {
            if (!form.voucherCode().isEmpty()) {
                // Checking a code is redeeming's twin: just as limited, so the summary cannot be used to guess codes.
                limiter.acquire("voucher-preview:user:" + userId, 30, Duration.ofHours(1));
            }
            model.addAttribute("quote", checkout.preview(userId, form));
        } catch (Refusal refused) {
            model.addAttribute("summaryError", refused);
        }
        model.addAttribute("voucherTyped", !form.voucherCode().isEmpty());
        model.addAttribute("trialThen", trialThen(product, form));
        return "order/order :: summary";
    }

    @PostMapping
    String purchase(@PathVariable long productId, HttpServletRequest request, HttpServletResponse response,
                    Authentication user, Model model) {
        ProductView product = forSale(productId);
        long userId = CurrentUser.id(user);
        Map<String, String> chosen = flatten(request.getParameterMap());
        if (billing.missingBeforePayment(userId)) {
            return "redirect:/account/billing?required=true";
        }
        try {
            limiter.acquire("order:user:" + userId, 30, Duration.ofHours(1));
            long serverId = checkout.purchase(userId, form(product, request.getParameterMap()));
            return "redirect:/servers/" + serverId;
        } catch (Refusal refused) {
            response.setStatus(refused instanceof RateLimitExceededException ? HttpStatus.TOO_MANY_REQUESTS.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(product, chosen, refused, user, model);
        }
    }

    private String page(ProductView product, Map<String, String> chosen, Refusal error, Authentication user, Model model) {
        long userId = CurrentUser.id(user);
        model.addAttribute("product", product);
        model.addAttribute("chosen", chosen);
        model.addAttribute("orderError", error);
        model.addAttribute("locations", capacity.locationsOf(product.definition()));
        model.addAttribute("balance", wallets.balance(userId));
        OrderForm form = form(product, toArrays(chosen));
        try {
            model.addAttribute("quote", checkout.preview(userId, form));
        } catch (Refusal refused) {
            model.addAttribute("summaryError", refused);
        }
        model.addAttribute("trialThen", trialThen(product, form));
        return "order/order";
    }

    /** The paid price a chosen trial continues on, for the summary; null when the trial is not chosen. */
    private static PriceOption trialThen(ProductView product, OrderForm form) {
        PriceOption trial = product.trial();
        if (trial == null || trial.id() != form.priceId()) {
            return null;
        }
        return product.trialConversions().stream().filter(price -> form.thenPriceId() != null && price.id() == form.thenPriceId())
                .findFirst().orElse(null);
    }

    private ProductView forSale(long productId) {
        return catalog.productForSale(productId).filter(product -> !product.prices().isEmpty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Parameters: key, name, priceId, thenPriceId (a trial's paid price), eggId, slots, autoRenew, voucher, locationId,
     * and var.&lt;eggId&gt;.&lt;ENV&gt; per egg.
     */
    private static OrderForm form(ProductView product, Map<String, String[]> parameters) {
        Map<String, String> values = flatten(parameters);
        int eggId = integer(values.get("eggId"), -1);
        Map<String, String> variables = new HashMap<>();
        String prefix = "var." + eggId + ".";
        values.forEach((name, value) -> {
            if (name.startsWith(prefix) && value.length() <= 2000) {
                variables.put(name.substring(prefix.length()), value);
            }
        });
        String key = values.getOrDefault("key", "");
        return new OrderForm(product.id(), integer(values.get("priceId"), -1), eggId, values.getOrDefault("name", ""),
                values.containsKey("slots") && !values.get("slots").isBlank() ? integer(values.get("slots"), -1) : null,
                "true".equals(values.get("autoRenew")), variables, voucher(values.getOrDefault("voucher", "")),
                key.matches("[A-Za-z0-9-]{8,64}") ? key : UUID.randomUUID().toString(),
                values.containsKey("locationId") && !values.get("locationId").isBlank() ? integer(values.get("locationId"), -1) : null,
                values.containsKey("thenPriceId") && !values.get("thenPriceId").isBlank() ? (long) integer(values.get("thenPriceId"), -1) : null);
    }

    /** Codes are at most 64 characters; anything longer is simply a code that does not exist. */
    private static String voucher(String typed) {
        String code = typed.strip();
        return code.length() > 64 ? code.substring(0, 65) : code;
    }

    private static int integer(String value, int fallback) {
        return value != null && value.strip().matches("\\d{1,9}") ? Integer.parseInt(value.strip()) : fallback;
    }

    private static Map<String, String> flatten(Map<String, String[]> parameters) {
        Map<String, String> values = new HashMap<>();
        parameters.forEach((name, array) -> {
            if (array.length > 0 && array[0] != null) {
                values.put(name, array[0]);
            }
        });
        return values;
    }

    private static Map<String, String[]> toArrays(Map<String, String> values) {
        Map<String, String[]> arrays = new HashMap<>();
        values.forEach((name, value) -> arrays.put(name, new String[] {value}));
        return arrays;
    }
}
