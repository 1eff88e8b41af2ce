package io.pteroca.emulator.wings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.pteroca.emulator.http.Json;
import tools.jackson.databind.node.ObjectNode;

/** HS256 tokens signed with a node's daemon token, as the panel issues them for Wings. */
public final class Jwt {

    private Jwt() {
    }

    public static String sign(ObjectNode claims, String jti, String key) {
        ObjectNode header = Json.object();
        header.put("typ", "JWT");
        header.put("alg", "HS256");
        header.put("jti", jti);
        String unsigned = encode(Json.bytes(header)) + "." + encode(Json.bytes(claims));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return unsigned + "." + encode(mac.doFinal(unsigned.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
