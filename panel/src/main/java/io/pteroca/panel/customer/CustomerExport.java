package io.pteroca.panel.customer;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.shared.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's data as JSON for a data-protection request: every field named plainly, amounts as decimal strings with
 * their currency, times in UTC ISO-8601. Secrets (password hash, Pterodactyl keys) are not personal data to hand out.
 */
final class CustomerExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CustomerExport() {
    }

    static byte[] json(CustomerRecord.Customer customer, Instant exportedAt) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exportedAt", text(exportedAt));
        root.put("account", account(customer.account(), customer));
        root.put("servers", list(customer.servers(), server -> fields(
                "id", server.id(), "name", server.name(), "state", server.state().name(), "product", server.productName(),
                "egg", server.eggName(), "address", server.address(), "expiresAt", text(server.expiresAt()),
                "autoRenew", server.autoRenew(), "pricePerPeriod", money(server.periodAmount()),
                "createdAt", text(server.createdAt()))));
        root.put("orders", list(customer.orders(), order -> fields(
                "id", order.id(), "serverId", order.serverId(), "productId", order.productId(), "kind", order.kind(),
                "status", order.status(), "total", money(order.total()), "voucherCode", order.voucherCode(),
                "createdAt", text(order.createdAt()))));
        root.put("payments", list(customer.payments(), payment -> fields(
                "id", payment.id(), "gateway", payment.gateway(), "reference", payment.reference(),
                "amount", money(payment.amount()), "charged", money(payment.chargedAmount()),
                "voucherCode", payment.voucherCode(), "status", payment.status().name(),
                "createdAt", text(payment.createdAt()), "settledAt", text(payment.settledAt()))));
        root.put("wallet", fields("balance", money(customer.balance()), "ledger", list(customer.ledger(), entry -> fields(
                "id", entry.id(), "amount", money(entry.amount()), "balanceAfter", money(entry.balanceAfter()),
                "reason", entry.reason().name(), "referenceType", entry.referenceType(), "referenceId", entry.referenceId(),
                "note", entry.note(), "createdAt", text(entry.createdAt())))));
        root.put("auditLog", list(customer.audit(), line -> fields(
                "id", line.id(), "action", line.action(), "actorEmail", line.actorEmail(),
                "subjectEmail", line.subjectEmail(), "ip", line.ip(), "details", line.details(),
                "createdAt", text(line.createdAt()))));
        return JSON.writeValueAsBytes(root);
    }

    private static Map<String, Object> account(AccountView account, CustomerRecord.Customer customer) {
        return fields("id", account.id(), "email", account.email(), "firstName", account.firstName(),
                "lastName", account.lastName(), "language", account.language(), "emailVerified", account.emailVerified(),
                "blocked", account.blocked(), "deleted", account.deleted(), "createdAt", text(account.createdAt()),
                "pterodactylUserId", customer.pterodactylUserId().orElse(null),
                "pterodactylUsername", customer.pterodactylUsername().orElse(null));
    }

    private static <T> List<Map<String, Object>> list(List<T> items, Function<T, Map<String, Object>> fields) {
        return items.stream().map(fields).toList();
    }

    /** Name-value pairs in order; nulls stay, so every record of a list has the same fields. */
    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Map<String, Object> money(Money money) {
        return money == null ? null : fields("amount", money.amount().toPlainString(), "currency", money.currency().getCurrencyCode());
    }
}
