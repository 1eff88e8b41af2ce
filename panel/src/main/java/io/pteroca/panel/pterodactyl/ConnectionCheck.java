package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.PanelDialect;
import io.pteroca.pterodactyl.application.ApplicationApi;
import io.pteroca.pterodactyl.application.model.FeatureLimits;
import io.pteroca.pterodactyl.application.model.NewServer;
import io.pteroca.pterodactyl.application.model.NewUser;
import io.pteroca.pterodactyl.application.model.ResourceLimits;
import io.pteroca.pterodactyl.error.AuthenticationException;
import io.pteroca.pterodactyl.error.ForbiddenException;
import io.pteroca.pterodactyl.error.NotFoundException;
import io.pteroca.pterodactyl.error.PterodactylException;
import io.pteroca.pterodactyl.error.ValidationException;
import io.pteroca.pterodactyl.page.ListQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * "Test connection": says exactly which of these is wrong — the panel cannot be reached, the key is refused,
 * a permission is missing (to read, or to write what the panel writes: users and servers), the addon is missing
 * or is the original one (whose SSO is unsafe). Each line is a message key with its arguments, so the page says
 * it in the admin's language.
 */
@Component
public class ConnectionCheck {

    /** The addon version from which SSO and key permissions are safe (ours); older is the original 0.1.x. */
    static final int SAFE_ADDON_MAJOR = 1;

    private final PterodactylConnection pterodactyl;

    ConnectionCheck(PterodactylConnection pterodactyl) {
        this.pterodactyl = pterodactyl;
    }

    /**
     * One line of the result: what was checked ({@code pterodactyl.check.<check>} names it), how it went, and the
     * message key saying so with its arguments (Pterodactyl's own words among them, shown as plain text).
     */
    public record Result(String check, Outcome outcome, String message, Object... args) {
    }

    public enum Outcome { OK, WARNING, FAILED }

    public List<Result> run() {
        List<Result> results = new ArrayList<>();
        if (!pterodactyl.configured()) {
            results.add(new Result("configured", Outcome.FAILED, "pterodactyl.check.notConfigured"));
            return results;
        }
        ApplicationApi api = pterodactyl.application();
        try {
            api.users().page(ListQuery.none().perPage(1));
            results.add(new Result("reachable", Outcome.OK, "pterodactyl.check.reached", pterodactyl.panelUrl()));
            results.add(new Result("key", Outcome.OK, "pterodactyl.check.keyAccepted"));
        } catch (AuthenticationException refused) {
            results.add(new Result("reachable", Outcome.OK, "pterodactyl.check.reached", pterodactyl.panelUrl()));
            results.add(new Result("key", Outcome.FAILED, "pterodactyl.check.keyRefused", refused.detail()));
            return results;
        } catch (ForbiddenException forbidden) {
            results.add(new Result("reachable", Outcome.OK, "pterodactyl.check.reached", pterodactyl.panelUrl()));
            results.add(new Result("key", Outcome.FAILED, "pterodactyl.check.keyNotAdmin", forbidden.detail()));
            return results;
        } catch (PterodactylException unreachable) {
            results.add(new Result("reachable", Outcome.FAILED, "pterodactyl.check.unreachable", pterodactyl.panelUrl(),
                    unreachable.getMessage()));
            return results;
        }
        PanelDialect dialect;
        try {
            dialect = pterodactyl.dialect();
            results.add(new Result("dialect", Outcome.OK, "pterodactyl.check.dialectFound", dialectName(dialect)));
        } catch (PterodactylFailure unknown) {
            results.add(new Result("dialect", Outcome.FAILED, "pterodactyl.check.error", unknown.getMessage()));
            return results;
        }
        Map<String, Consumer<ApplicationApi>> reads = new LinkedHashMap<>();
        reads.put("readServers", a -> a.servers().page(ListQuery.none().perPage(1)));
        reads.put("readNodes", a -> a.nodes().page(ListQuery.none().perPage(1)));
        if (dialect.hasNests()) {
            reads.put("readLocations", a -> a.locations().page(ListQuery.none().perPage(1)));
            reads.put("readNests", a -> a.nests().page(ListQuery.none().perPage(1)));
        } else {
            reads.put("readEggs", a -> a.eggs().list());
        }
        reads.forEach((check, read) -> results.add(readable(check, read, api)));
        results.add(writable("writeUsers", () -> api.users().create(NewUser.of("", "", "", "", null))));
        results.add(writable("writeServers", () -> api.servers().create(new NewServer("", 0, 0, null, null, Map.of(),
                new ResourceLimits(0, 0, 0, 0, 0, null), new FeatureLimits(0, 0, 0),
                new NewServer.AllocationChoice(0, null), null, null, null, null, null, null))));
        results.add(addon());
        return results;
    }

    private static Result readable(String check, Consumer<ApplicationApi> read, ApplicationApi api) {
        try {
            read.accept(api);
            return new Result(check, Outcome.OK, "pterodactyl.check.readable");
        } catch (ForbiddenException missing) {
            return new Result(check, Outcome.FAILED, "pterodactyl.check.cannotRead");
        } catch (PterodactylException e) {
            return new Result(check, Outcome.FAILED, "pterodactyl.check.error", e.getMessage());
        }
    }

    /**
     * Whether the key may write, learnt without writing anything: an empty create is refused by Pterodactyl's
     * permission check (403) before its validation (422) ever looks at the body, so nothing is created either way.
     */
    private static Result writable(String check, Runnable emptyCreate) {
        try {
            emptyCreate.run();
            return new Result(check, Outcome.WARNING, "pterodactyl.check.emptyCreateAccepted");
        } catch (ValidationException expected) {
            return new Result(check, Outcome.OK, "pterodactyl.check.writable");
        } catch (ForbiddenException missing) {
            return new Result(check, Outcome.FAILED, "pterodactyl.check.cannotWrite");
        } catch (PterodactylException e) {
            return new Result(check, Outcome.FAILED, "pterodactyl.check.error", e.getMessage());
        }
    }

    private Result addon() {
        try {
            String version = pterodactyl.addon().version();
            if (majorVersion(version) >= SAFE_ADDON_MAJOR) {
                return new Result("addon", Outcome.OK, "pterodactyl.check.addon", version);
            }
            return new Result("addon", Outcome.WARNING, "pterodactyl.check.originalAddon", version);
        } catch (NotFoundException missing) {
            return new Result("addon", Outcome.FAILED, "pterodactyl.check.noAddon");
        } catch (PterodactylException e) {
            return new Result("addon", Outcome.FAILED, "pterodactyl.check.addonSilent", e.getMessage());
        }
    }

    /** The panel's product name, as admins know it. */
    static String dialectName(PanelDialect dialect) {
        return dialect == PanelDialect.PELICAN ? "Pelican" : "Pterodactyl";
    }

    /** The addon version when the check found one, for the overview tile. */
    static java.util.Optional<String> addonVersion(List<Result> results) {
        return results.stream().filter(r -> r.check().equals("addon") && r.outcome() != Outcome.FAILED)
                .map(r -> String.valueOf(r.args()[0])).findFirst();
    }

    static int majorVersion(String version) {
        try {
            return Integer.parseInt(version.strip().replaceFirst("^v", "").split("\\.")[0]);
        } catch (RuntimeException notSemantic) {
            return 0;
        }
    }
}
