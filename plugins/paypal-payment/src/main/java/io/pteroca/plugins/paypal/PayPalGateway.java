package io.pteroca.plugins.paypal;

import io.pteroca.plugin.HttpReply;
import io.pteroca.plugin.PluginSettings;
import io.pteroca.plugin.payment.CheckoutRequest;
import io.pteroca.plugin.payment.CheckoutStart;
import io.pteroca.plugin.payment.GatewayException;
import io.pteroca.plugin.payment.Notification;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.payment.PaymentState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Top-ups through PayPal Checkout on the Orders v2 API. A top-up is a PayPal order (intent CAPTURE) the customer
 * approves on PayPal's page; the money moves only when the order is captured, which this gateway does when it learns
 * of the approval — from PayPal's verified webhook or when the panel asks (the customer returning, the reconciliation
 * job). The capture carries a request id made from the order id, so however many of those race, PayPal captures once
 * and answers each the same; the panel then credits the wallet once.
 */
class PayPalGateway implements PaymentGateway {

    static final String ID = "paypal";
    private static final List<String> SIGNATURE_HEADERS = List.of("paypal-auth-algo", "paypal-cert-url",
            "paypal-transmission-id", "paypal-transmission-sig", "paypal-transmission-time");

    private final PayPalApi api;
    private final PluginSettings settings;
    private final System.Logger log;

    PayPalGateway(PayPalApi api, PluginSettings settings, System.Logger log) {
        this.api = api;
        this.settings = settings;
        this.log = log;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName(Locale locale) {
        return "PayPal";
    }

    @Override
    public Set<String> supportedCurrencies() {
        return PayPalAmounts.CURRENCIES;
    }

    @Override
    public boolean available() {
        return api.configured();
    }

    @Override
    public CheckoutStart startCheckout(CheckoutRequest request) throws GatewayException {
        String value = PayPalAmounts.value(request.amount(), request.currency());
        if (value == null) {
            throw new GatewayException("PayPal cannot take " + request.amount().toPlainString() + " " + request.currency()
                    + " exactly", null);
        }
        String order = """
                {"intent":"CAPTURE","purchase_units":[{"reference_id":%s,"custom_id":%s,"invoice_id":%s,\
                "description":%s,"amount":{"currency_code":%s,"value":%s}}],\
                "payment_source":{"paypal":{"experience_context":{"user_action":"PAY_NOW","shipping_preference":"NO_SHIPPING",\
                "return_url":%s,"cancel_url":%s}}}}""".formatted(Json.quote(request.reference()),
                Json.quote(Long.toString(request.paymentId())), Json.quote(request.reference()),
                Json.quote("Wallet top-up " + request.reference()), Json.quote(request.currency()), Json.quote(value),
                Json.quote(request.returnUrl()), Json.quote(request.cancelUrl()));
        // The same request id for the same top-up: a create repeated after a lost answer is the same PayPal order.
        HttpReply reply = api.post("/v2/checkout/orders", order, "pteroca-order-" + request.reference());
        if (!reply.successful()) {
            throw PayPalApi.failure("to create an order", reply);
        }
        Object created = PayPalApi.parse(reply, "an order");
        String orderId = Json.text(created, "id");
        String approve = link(created, "payer-action");
        if (approve.isEmpty()) {
            approve = link(created, "approve");
        }
        if (orderId.isEmpty() || approve.isEmpty()) {
            throw new GatewayException("PayPal's order has no id or no approval link", null);
        }
        return new CheckoutStart(orderId, approve);
    }

    @Override
    public Notification handleWebhook(String payload, Map<String, String> headers) {
        String webhookId = settings.get(PayPalSettings.WEBHOOK_ID.key()).strip();
        if (payload == null || webhookId.isEmpty() || SIGNATURE_HEADERS.stream().anyMatch(h -> headers.getOrDefault(h, "").isBlank())) {
            return Notification.rejected();
        }
        Object event;
        try {
            // Parsed before it is embedded below: only one JSON value may stand where the event goes.
            event = Json.parse(payload);
        } catch (IllegalArgumentException notJson) {
            return Notification.rejected();
        }
        if (!(event instanceof Map<?, ?>)) {
            return Notification.rejected();
        }
        try {
            if (!verified(payload, headers, webhookId)) {
                log.log(System.Logger.Level.WARNING, "Refused a PayPal webhook: PayPal did not verify its signature");
                return Notification.rejected();
            }
        } catch (GatewayException e) {
            // Unverified is refused; PayPal delivers it again later.
            log.log(System.Logger.Level.WARNING, "Could not verify a PayPal webhook: " + e.getMessage());
            return Notification.rejected();
        }
        return switch (Json.text(event, "event_type")) {
            case "CHECKOUT.ORDER.APPROVED" -> afterApproval(Json.text(event, "resource", "id"));
            case "PAYMENT.CAPTURE.COMPLETED" -> about(capturedOrder(event), PaymentState.PAID);
            case "PAYMENT.CAPTURE.DENIED", "PAYMENT.CAPTURE.DECLINED" -> about(capturedOrder(event), PaymentState.FAILED);
            default -> Notification.ignored();
        };
    }

    @Override
    public PaymentState queryState(String orderId) throws GatewayException {
        HttpReply reply = api.get("/v2/checkout/orders/" + encoded(orderId));
        if (!reply.successful()) {
            throw PayPalApi.failure("to show order " + orderId, reply);
        }
        Object order = PayPalApi.parse(reply, "an order");
        return switch (Json.text(order, "status")) {
            case "APPROVED" -> capture(orderId);
            case "COMPLETED" -> captured(order);
            case "VOIDED" -> PaymentState.EXPIRED;
            default -> PaymentState.PENDING;
        };
    }

    /** The buyer approved: capture now, or leave it to the next question if PayPal cannot be reached. */
    private Notification afterApproval(String orderId) {
        if (orderId.isEmpty()) {
            return Notification.ignored();
        }
        try {
            return new Notification(true, orderId, capture(orderId));
        } catch (GatewayException e) {
            log.log(System.Logger.Level.WARNING, "Capturing PayPal order " + orderId + " failed, it is asked about again later: "
                    + e.getMessage());
            return new Notification(true, orderId, PaymentState.PENDING);
        }
    }

    /**
     * Takes the approved money. Keyed by the order, so PayPal treats every repeat as the first capture; an order
     * captured under another key already (ORDER_ALREADY_CAPTURED) is read back instead.
     */
    private PaymentState capture(String orderId) throws GatewayException {
        HttpReply reply = api.post("/v2/checkout/orders/" + encoded(orderId) + "/capture", "{}", "pteroca-capture-" + orderId);
        if (reply.successful()) {
            return captured(PayPalApi.parse(reply, "a capture"));
        }
        if (reply.status() == 422 && reply.body() != null && reply.body().contains("ORDER_ALREADY_CAPTURED")) {
            HttpReply order = api.get("/v2/checkout/orders/" + encoded(orderId));
            if (order.successful()) {
                return captured(PayPalApi.parse(order, "an order"));
            }
        }
        throw PayPalApi.failure("to capture order " + orderId, reply);
    }

    /** A completed order is paid only when its capture completed; a pending capture (e.g. an eCheck) waits. */
    private static PaymentState captured(Object order) {
        String status = Json.text(order, "purchase_units", "0", "payments", "captures", "0", "status");
        return switch (status) {
            case "COMPLETED" -> PaymentState.PAID;
            case "DECLINED", "FAILED" -> PaymentState.FAILED;
            default -> PaymentState.PENDING;
        };
    }

    private boolean verified(String payload, Map<String, String> headers, String webhookId) throws GatewayException {
        String body = "{\"auth_algo\":" + Json.quote(headers.get("paypal-auth-algo"))
                + ",\"cert_url\":" + Json.quote(headers.get("paypal-cert-url"))
                + ",\"transmission_id\":" + Json.quote(headers.get("paypal-transmission-id"))
                + ",\"transmission_sig\":" + Json.quote(headers.get("paypal-transmission-sig"))
                + ",\"transmission_time\":" + Json.quote(headers.get("paypal-transmission-time"))
                + ",\"webhook_id\":" + Json.quote(webhookId)
                + ",\"webhook_event\":" + payload + "}";
        HttpReply reply = api.post("/v1/notifications/verify-webhook-signature", body, null);
        if (!reply.successful()) {
            throw PayPalApi.failure("to verify a webhook", reply);
        }
        return "SUCCESS".equals(Json.text(PayPalApi.parse(reply, "a verification"), "verification_status"));
    }

    private static String capturedOrder(Object event) {
        return Json.text(event, "resource", "supplementary_data", "related_ids", "order_id");
    }

    private static Notification about(String orderId, PaymentState state) {
        return orderId.isEmpty() ? Notification.ignored() : new Notification(true, orderId, state);
    }

    private static String link(Object order, String rel) {
        for (Object link : Json.list(order, "links")) {
            if (rel.equals(Json.text(link, "rel"))) {
                return Json.text(link, "href");
            }
        }
        return "";
    }

    private static String encoded(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
