package io.pteroca.pterodactyl.client.model;

/** A freshly created key: the usable bearer key is {@code identifier + secretToken} (48 characters). */
public record CreatedApiKey(ApiKey key, String secretToken) {

    public String bearerToken() {
        return key.identifier() + secretToken;
    }

    @Override
    public String toString() {
        return "CreatedApiKey[" + key.identifier() + ", secret hidden]";
    }
}
