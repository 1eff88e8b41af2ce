package io.pteroca.emulator.wings;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.state.Node;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** HS256 tokens signed with a node's daemon token, as the panel issues them and Wings checks them. */
public final class Jwt {

    /** A token Wings cannot use: not three parts, not JSON, not HS256, or a signature that does not match. */
    public static final class InvalidTokenException extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidTokenException(String message) {
            super(message);
        }
    }

    private Jwt() {
    }

    public static String sign(ObjectNode claims, String jti, String key) {
        ObjectNode header = Json.object();
        header.put("typ", "JWT");
        header.put("alg", "HS256");
        header.put("jti", jti);
        String unsigned = encode(Json.bytes(header)) + "." + encode(Json.bytes(claims));
        return unsigned + "." + encode(hmacSha256(unsigned, key));
    }

    /**
     * The claims of a token whose HS256 signature matches the key. Nothing else is checked here; Wings looks
     * at the expiry itself. The messages are the ones Wings' JWT library reports.
     */
    public static ObjectNode verify(String token, String key) throws InvalidTokenException {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("jwt: malformed token");
        }
        JsonNode header;
        JsonNode claims;
        byte[] signature;
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            header = Json.parse(decoder.decode(parts[0]));
            claims = Json.parse(decoder.decode(parts[1]));
            signature = decoder.decode(parts[2]);
        } catch (IllegalArgumentException | JacksonException e) {
            throw new InvalidTokenException("jwt: malformed token");
        }
        if (!(header instanceof ObjectNode) || !(claims instanceof ObjectNode)) {
            throw new InvalidTokenException("jwt: malformed token");
        }
        if (!"HS256".equals(header.path("alg").asString(""))) {
            throw new InvalidTokenException("jwt: unexpected algorithm");
        }
        if (!MessageDigest.isEqual(signature, hmacSha256(parts[0] + "." + parts[1], key))) {
            throw new InvalidTokenException("jwt: HMAC verification failed");
        }
        return (ObjectNode) claims;
    }

    /** Wings' expiry check: a token without a numeric exp, or whose exp has passed, is expired. */
    public static boolean expired(ObjectNode claims, Instant now) {
        JsonNode exp = claims.get("exp");
        return exp == null || !exp.isNumber() || now.isAfter(Instant.ofEpochSecond(exp.asLong()));
    }

    /** The claims every token the panel signs for Wings starts with, in the panel's order. */
    public static ObjectNode panelClaims(String issuer, Node node, String jti, long now,
                                         long lifetimeSeconds) {
        ObjectNode claims = Json.object();
        claims.put("iss", issuer);
        claims.putArray("aud").add(node.scheme + "://" + node.fqdn + ":" + node.daemonListen);
        claims.put("jti", jti);
        claims.put("iat", now);
        claims.put("nbf", now - 300);
        claims.put("exp", now + lifetimeSeconds);
        return claims;
    }

    /** Lower-case hex md5, as the panel's token ids are built. */
    public static String md5Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 of the text with the key, both as UTF-8. */
    public static byte[] hmacSha256(String data, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
