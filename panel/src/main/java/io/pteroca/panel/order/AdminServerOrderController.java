package io.pteroca.panel.order;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.audit.AuditEvent;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.PriceOption;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.pterodactyl.PterodactylFailure;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.wallet.Wallets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An admin makes a server for a customer: first the customer and the product (a plain GET, so a customer's page can
 * link here with {@code ?account=ID}), then price, software, paid-until and who pays. Audited; the customer's
 * wallet is charged only when the admin ticks that choice.
 */
@Controller
class AdminServerOrderController {

    private final Checkout checkout;
    private final Catalog catalog;
    private final Accounts accounts;
    private final Wallets wallets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminServerOrderController(Checkout checkout, Catalog catalog, Accounts accounts, Wallets wallets,
                               ApplicationEventPublisher events, Clock clock) {
        this.checkout = checkout;
        this.catalog = catalog;
        this.accounts = accounts;
        this.wallets = wallets;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/admin/servers/new")
    String form(@RequestParam(defaultValue = "") String account, @RequestParam(defaultValue = "") String productId,
                Model model) {
        Map<String, String> chosen = new java.util.HashMap<>(Map.of("account", account.strip(), "productId", productId.strip(),
                "key", UUID.randomUUID().toString()));
        return page(chosen, null, model);
    }

    @PostMapping("/admin/servers/new")
    String create(@RequestParam Map<String, String> parameters, Authentication admin, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Map<String, String> chosen = new java.util.HashMap<>(parameters);
        try {
            AdminOrder order = read(chosen);
            boolean overStock = order.overStock() && catalog.product(order.productId()).filter(Checkout::outOfStock).isPresent();
            Checkout.Placed placed = checkout.orderForCustomer(CurrentUser.id(admin), order);
            long serverId = placed.serverId();
            if (!placed.now()) {
                return "redirect:/admin/servers/" + serverId;
            }
            events.publishEvent(AuditEvent.byAdmin("admin_created_server", admin, request.getRemoteAddr(),
                    "server " + serverId + " for account " + order.customerId() + ", product " + order.productId() + ", price "
                            + order.priceId() + (order.charge() ? ", charged to the customer's wallet" : ", free")
                            + ", paid until " + order.paidUntil() + (overStock ? ", over the product's stock" : "")));
            return "redirect:/admin/servers/" + serverId;
        } catch (Refusal refused) {
            response.setStatus(refused.status() == HttpStatus.BAD_REQUEST ? HttpStatus.UNPROCESSABLE_CONTENT.value()
                    : refused.status().value());
            return page(chosen, refused, model);
        } catch (PterodactylFailure unreachable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return page(chosen, new Refusal("admin.server.pterodactylError"), model);
        }
    }

    private String page(Map<String, String> chosen, Refusal error, Model model) {
        Optional<AccountView> customer = customer(chosen.getOrDefault("account", ""));
        Optional<ProductView> product = number(chosen.get("productId"))
                .flatMap(catalog::product).filter(found -> !found.deleted());
        model.addAttribute("chosen", chosen);
        model.addAttribute("createError", error);
        model.addAttribute("errorField", error == null ? null : error.field());
        model.addAttribute("customer", customer.orElse(null));
        model.addAttribute("balance", customer.map(found -> wallets.balance(found.id())).orElse(null));
        model.addAttribute("products", catalog.allProducts());
        model.addAttribute("product", product.orElse(null));
        model.addAttribute("outOfStock", product.filter(Checkout::outOfStock).isPresent());
        product.ifPresent(found -> {
            model.addAttribute("prices", found.prices().stream().filter(price -> !price.terms().trial()).toList());
            chosen.putIfAbsent("priceId", found.prices().stream().filter(price -> !price.terms().trial()).findFirst()
                    .map(price -> String.valueOf(price.id())).orElse(""));
            chosen.putIfAbsent("paidUntil", defaultPaidUntil(found, chosen.get("priceId")));
        });
        return "order/admin-server-new";
    }

    /** The day one period of the chosen price from now ends (30 days without a price), as the form's date field takes it. */
    private String defaultPaidUntil(ProductView product, String priceId) {
        java.time.Instant end = product.prices().stream().filter(option -> String.valueOf(option.id()).equals(priceId)).findFirst()
                .map(option -> option.terms().periodUnit().after(clock.instant(), option.terms().periodValue()))
                .orElse(clock.instant().plus(java.time.Duration.ofDays(30)));
        return end.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The form's values, each refused with its field's name when it does not parse. */
    private AdminOrder read(Map<String, String> values) {
        AccountView customer = customer(values.getOrDefault("account", ""))
                .orElseThrow(() -> Refusal.onField("account", "admin.createServer.unknownAccount"));
        long productId = number(values.get("productId"))
                .orElseThrow(() -> Refusal.onField("productId", "admin.createServer.unknownProduct"));
        long priceId = number(values.get("priceId"))
                .orElseThrow(() -> Refusal.onField("priceId", "admin.createServer.unknownPrice"));
        Integer eggId = number(values.get("eggId")).map(Long::intValue).orElse(null);
        Integer slots = number(values.get("slots")).map(Long::intValue).orElse(null);
        Boolean charge = switch (values.getOrDefault("payment", "")) {
            case "wallet" -> true;
            case "free" -> false;
            default -> null;
        };
        String key = values.getOrDefault("key", "");
        return new AdminOrder(customer.id(), productId, priceId, eggId, values.getOrDefault("name", ""), slots,
                "true".equals(values.get("autoRenew")), paidUntil(values.getOrDefault("paidUntil", "")), charge,
                key.matches("[A-Za-z0-9-]{8,64}") ? key : UUID.randomUUID().toString(), "true".equals(values.get("overStock")));
    }

    /** The end of the chosen day, in UTC: paid "until 31 May" includes 31 May. */
    private static java.time.Instant paidUntil(String typed) {
        try {
            return LocalDate.parse(typed.strip()).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            throw Refusal.onField("paidUntil", "admin.createServer.paidUntilPast");
        }
    }

    /** A customer by account number or e-mail address. */
    private Optional<AccountView> customer(String typed) {
        String value = typed.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return value.matches("\\d{1,18}") ? accounts.find(Long.parseLong(value)) : accounts.findByEmail(value);
    }

    private static Optional<Long> number(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Optional.of(Long.parseLong(value.strip())) : Optional.empty();
    }
}
