package io.pteroca.emulator.web;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

import io.pteroca.emulator.http.Json;
import io.pteroca.emulator.wings.Jwt;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The addon's reading of an SSO token: a compact JWS of at most 8 KiB whose header asks for HS256 and nothing it
 * does not understand ({@code crit}), whose segments are strict base64url, and whose HMAC-SHA256 matches the shared
 * secret. Whatever the header says, no other algorithm is tried, so "none" or an algorithm switch gets nowhere.
 */
final class SsoToken {

    static final int MAX_LENGTH = 8192;
    private static final Pattern BASE64URL = Pattern.compile("^[A-Za-z0-9_-]+$");

    private SsoToken() {
    }

    /** The claims of a token signed with the secret; otherwise the 401 with the reason for the log. */
    static ObjectNode claims(String token, String secret) throws SsoRefusal {
        if (token == null || token.isEmpty()) {
            throw SsoRefusal.invalidToken("no token in the request");
        }
        if (token.length() > MAX_LENGTH) {
            throw SsoRefusal.invalidToken("token too long");
        }
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            throw SsoRefusal.invalidToken("not a compact JWS (expected three segments)");
        }
        ObjectNode header = object(segments[0], "header");
        if (!"HS256".equals(header.path("alg").asString(null))) {
            throw SsoRefusal.invalidToken("alg is not HS256");
        }
        // RFC 7515 §4.1.11: extensions the reader does not understand make the token invalid.
        if (header.has("crit")) {
            throw SsoRefusal.invalidToken("unsupported crit header");
        }
        byte[] signature = decode(segments[2], "signature");
        if (!MessageDigest.isEqual(Jwt.hmacSha256(segments[0] + "." + segments[1], secret), signature)) {
            throw SsoRefusal.invalidToken("signature mismatch");
        }
        return object(segments[1], "payload");
    }

    private static ObjectNode object(String segment, String name) throws SsoRefusal {
        byte[] json = decode(segment, name);
        JsonNode node;
        try {
            node = Json.parse(json);
        } catch (JacksonException e) {
            throw SsoRefusal.invalidToken(name + " is not valid JSON");
        }
        if (!(node instanceof ObjectNode object)) {
            throw SsoRefusal.invalidToken(name + " is not a JSON object");
        }
        return object;
    }

    private static byte[] decode(String segment, String name) throws SsoRefusal {
        if (segment.isEmpty() || !BASE64URL.matcher(segment).matches() || segment.length() % 4 == 1) {
            throw SsoRefusal.invalidToken(name + " is not base64url");
        }
        return Base64.getUrlDecoder().decode(segment);
    }
}
