package io.pteroca.emulator.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An API key: identifier (16 chars, ptla_/ptlc_ prefix) + secret (32 chars) is what a caller sends. */
public class ApiKey {
    public static final int READ = 1;
    public static final int WRITE = 2;

    public enum Type { APPLICATION, CLIENT }

    public long id;
    public Type type;
    public long userId;
    public String identifier;
    public String secret;
    public String description;
    public List<String> allowedIps = new ArrayList<>();
    public Instant lastUsedAt;
    public Instant createdAt;
    /** Application keys only: resource (users, servers, ...) to READ/WRITE bits, like r_users. */
    public Map<String, Integer> permissions = new LinkedHashMap<>();

    public String token() {
        return identifier + secret;
    }

    public boolean allows(String resource, int action) {
        return (permissions.getOrDefault(resource, 0) & action) != 0;
    }
}
