package io.pteroca.panel.webhook;

import io.pteroca.panel.shared.Refusal;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Decides whether the panel may send a webhook to an address: http or https only, and — unless the setting allows
 * them — no host that is or resolves to a private, loopback, link-local, multicast, unique-local or otherwise
 * non-public address, so a webhook cannot be used to reach into the provider's own network. Checked when an endpoint
 * is saved and again before every send, since what a name resolves to can change.
 */
@Component
class WebhookTargets {

    private final WebhookSettings settings;

    WebhookTargets(WebhookSettings settings) {
        this.settings = settings;
    }

    /** The address as a URI, or a refusal on the {@code url} field saying what is wrong with it. */
    URI check(String url) {
        return check(url, settings.allowPrivateTargets());
    }

    static URI check(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw Refusal.onField("url", "webhook.error.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw Refusal.onField("url", "webhook.error.url");
        }
        if (allowPrivate) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw Refusal.onField("url", "webhook.error.unknownHost");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw Refusal.onField("url", "webhook.error.privateTarget");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7, unique local
            }
            if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || allZero(b, 0, 12)) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // IPv4-mapped and -compatible
            }
            if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]}); // 64:ff9b::/96, NAT64
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]}); // 2002::/16, 6to4
            }
            return !(first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8); // 2001:db8::/32
        }
        return false;
    }

    private static boolean isPublicV4(byte[] b) {
        int a = b[0] & 0xff;
        int second = b[1] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || a == 100 && second >= 64 && second <= 127          // shared address space (carrier-grade NAT)
                || a == 169 && second == 254
                || a == 172 && second >= 16 && second <= 31
                || a == 192 && second == 168
                || a == 192 && second == 0 && (b[2] & 0xff) == 0      // IETF protocol assignments
                || a == 192 && second == 0 && (b[2] & 0xff) == 2      // documentation
                || a == 198 && (second == 18 || second == 19)         // benchmarking
                || a == 198 && second == 51 && (b[2] & 0xff) == 100
                || a == 203 && second == 0 && (b[2] & 0xff) == 113);
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
