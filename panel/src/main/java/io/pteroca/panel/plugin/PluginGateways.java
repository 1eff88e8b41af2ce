package io.pteroca.panel.plugin;

import io.pteroca.panel.payment.PaymentGatewaySource;
import io.pteroca.plugin.payment.CheckoutRequest;
import io.pteroca.plugin.payment.CheckoutStart;
import io.pteroca.plugin.payment.GatewayException;
import io.pteroca.plugin.payment.Notification;
import io.pteroca.plugin.payment.PaymentGateway;
import io.pteroca.plugin.payment.PaymentState;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The payment gateways of the running plugins, each wrapped so it runs with its plugin's class loader and a
 * gateway that throws where it should not (e.g. in {@code available()}) is simply not offered, instead of
 * breaking the top-up page.
 */
@Component
class PluginGateways implements PaymentGatewaySource {

    private static final Logger log = LoggerFactory.getLogger(PluginGateways.class);

    private final ActivePlugins active;

    PluginGateways(ActivePlugins active) {
        this.active = active;
    }

    @Override
    public List<PaymentGateway> gateways() {
        return active.gateways().stream().map(o -> (PaymentGateway) new Guarded(o.plugin(), o.item())).toList();
    }

    private record Guarded(ActivePlugin plugin, PaymentGateway gateway) implements PaymentGateway {

        @Override
        public String id() {
            return gateway.id();
        }

        @Override
        public String displayName(Locale locale) {
            return quietly(() -> gateway.displayName(locale), gateway.id());
        }

        @Override
        public Set<String> supportedCurrencies() {
            return quietly(gateway::supportedCurrencies, Set.of());
        }

        @Override
        public boolean available() {
            return quietly(gateway::available, false);
        }

        @Override
        public CheckoutStart startCheckout(CheckoutRequest request) throws GatewayException {
            try {
                return plugin.call(() -> gateway.startCheckout(request));
            } catch (GatewayException e) {
                throw e;
            } catch (Exception e) {
                throw new GatewayException(plugin.id() + " failed: " + e, e);
            }
        }

        @Override
        public Notification handleWebhook(String payload, Map<String, String> headers) {
            return quietly(() -> gateway.handleWebhook(payload, headers), Notification.rejected());
        }

        @Override
        public PaymentState queryState(String externalId) throws GatewayException {
            try {
                return plugin.call(() -> gateway.queryState(externalId));
            } catch (GatewayException e) {
                throw e;
            } catch (Exception e) {
                throw new GatewayException(plugin.id() + " failed: " + e, e);
            }
        }

        private <T> T quietly(java.util.concurrent.Callable<T> call, T fallback) {
            try {
                T result = plugin.call(call);
                return result == null ? fallback : result;
            } catch (Exception | LinkageError e) {
                log.warn("Payment gateway {} of plugin {} failed: {}", gateway.id(), plugin.id(), e.toString());
                return fallback;
            }
        }
    }
}
