package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.error.AuthenticationException;
import io.pteroca.pterodactyl.error.ForbiddenException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.page.ListQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * "Test connection": says exactly which of these is wrong — the panel cannot be reached, the key is refused,
 * a permission is missing, the addon is missing or is the original one (whose SSO is unsafe).
 */
@Component
public class ConnectionCheck {

    /** The addon version from which SSO and key permissions are safe (ours); older is the original 0.1.x. */
    static final int SAFE_ADDON_MAJOR = 1;

    private final PterodactylConnection pterodactyl;

    ConnectionCheck(PterodactylConnection pterodactyl) {
        this.pterodactyl = pterodactyl;
    }

    /** One line of the result. */
    public record Result(String check, Outcome outcome, String detail) {
    }

    public enum Outcome { OK, WARNING, FAILED }

    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        if (!pterodactyl.configured()) {
            results.add(new Result("configured", Outcome.FAILED, "Set the panel URL and the application key first."));
            return results;
        }
        ApplicationApi api = pterodactyl.application();
        try {
            api.users().page(ListQuery.none().perPage(1));
            results.add(new Result("reachable", Outcome.OK, pterodactyl.panelUrl()));
            results.add(new Result("key", Outcome.OK, "The application key is accepted."));
        } catch (AuthenticationException refused) {
            results.add(new Result("reachable", Outcome.OK, pterodactyl.panelUrl()));
            results.add(new Result("key", Outcome.FAILED, "The application key is refused (HTTP 401): " + refused.detail()));
            return results;
        } catch (ForbiddenException forbidden) {
            results.add(new Result("reachable", Outcome.OK, pterodactyl.panelUrl()));
            results.add(new Result("key", Outcome.FAILED, "The key is not an application key of a root admin, or lacks "
                    + "the users permission: " + forbidden.detail()));
            return results;
        } catch (PterodactylException unreachable) {
            results.add(new Result("reachable", Outcome.FAILED, "Cannot reach " + pterodactyl.panelUrl() + ": "
                    + unreachable.getMessage()));
            return results;
        }
        Map<String, Consumer<ApplicationApi>> reads = new LinkedHashMap<>();
        reads.put("permission: servers", a -> a.servers().page(ListQuery.none().perPage(1)));
        reads.put("permission: nodes", a -> a.nodes().page(ListQuery.none().perPage(1)));
        reads.put("permission: locations", a -> a.locations().page(ListQuery.none().perPage(1)));
        reads.put("permission: nests and eggs", a -> a.nests().page(ListQuery.none().perPage(1)));
        reads.forEach((check, read) -> results.add(permission(check, read, api)));
        results.add(addon());
        return results;
    }

    private static Result permission(String check, Consumer<ApplicationApi> read, ApplicationApi api) {
        try {
            read.accept(api);
            return new Result(check, Outcome.OK, "readable");
        } catch (ForbiddenException missing) {
            return new Result(check, Outcome.FAILED, "The key may not read this; give it read and write.");
        } catch (PterodactylException e) {
            return new Result(check, Outcome.FAILED, e.getMessage());
        }
    }

    private Result addon() {
        try {
            String version = pterodactyl.addon().version();
            if (majorVersion(version) >= SAFE_ADDON_MAJOR) {
                return new Result("addon", Outcome.OK, "PteroCA addon " + version);
            }
            return new Result("addon", Outcome.WARNING, "The original PteroCA addon " + version + " works, but its single "
                    + "sign-on accepts replayed tokens and redirects anywhere, and any key can mint client keys. "
                    + "Install our addon (docs/addon.md).");
        } catch (NotFoundException missing) {
            return new Result("addon", Outcome.FAILED, "The PteroCA addon is not installed (docs/addon.md).");
        } catch (PterodactylException e) {
            return new Result("addon", Outcome.FAILED, "The addon did not answer: " + e.getMessage());
        }
    }

    static int majorVersion(String version) {
        try {
            return Integer.parseInt(version.strip().replaceFirst("^v", "").split("\\.")[0]);
        } catch (RuntimeException notSemantic) {
            return 0;
        }
    }
}
