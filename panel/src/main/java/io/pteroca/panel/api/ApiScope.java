package io.pteroca.panel.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a personal access token may reach: the holder's own things (read, write) or, for staff, the admin area
 * (admin:read, admin:write), where the staff role's permissions still decide each request.
 */
public enum ApiScope {
    READ("read"), WRITE("write"), ADMIN_READ("admin:read"), ADMIN_WRITE("admin:write");

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean admin() {
        return this == ADMIN_READ || this == ADMIN_WRITE;
    }

    public static Optional<ApiScope> of(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(scope -> scope.code.equals(wanted)).findFirst();
    }

    /** Scopes written as {@code read,write}; an unknown one is refused rather than dropped. */
    static Set<ApiScope> parse(String codes) {
        EnumSet<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : (codes == null ? "" : codes).split(",")) {
            if (!code.isBlank()) {
                scopes.add(of(code).orElseThrow(() -> new IllegalArgumentException("api.tokens.scopeUnknown")));
            }
        }
        return scopes;
    }

    static String join(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::code).collect(Collectors.joining(","));
    }
}
