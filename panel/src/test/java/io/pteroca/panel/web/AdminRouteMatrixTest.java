package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Permission;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.StaffAccounts;
import io.pteroca.panel.support.WebSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every admin route the running panel answers (read from its handler mappings, the actuator's included) against every
 * built-in staff role and a custom one: a role without the route's permission gets 403, a role with it gets through.
 * A new admin route the route table does not know fails here.
 */
class AdminRouteMatrixTest extends IntegrationTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::([^}]*))?}");
    /** Nothing has this id, so actions that are let through find nothing to act on. */
    private static final String NOBODY = "999999999";

    @Autowired
    List<RequestMappingInfoHandlerMapping> mappings;
    @Autowired
    Accounts accounts;
    @Autowired
    io.pteroca.panel.account.StaffPermissions permissions;
    private AdminAuthorization authorization;

    @org.junit.jupiter.api.BeforeEach
    void authorization() {
        authorization = new AdminAuthorization(permissions);
    }

    /** One request to make: a method and a concrete path. */
    private record Route(String method, String path) {
    }

    @Test
    void everyAdminRouteNeedsItsPermissionAndEveryRoleGetsExactlyWhatItHolds() {
        List<Route> routes = adminRoutes();
        assertThat(routes).as("admin routes found").hasSizeGreaterThan(60);
        List<String> unknown = routes.stream().filter(route -> AdminRoutes.required(route.method(), route.path()).isEmpty())
                .map(Route::toString).toList();
        assertThat(unknown).as("admin routes missing from AdminRoutes (add them there)").isEmpty();

        AccountView owner = StaffAccounts.withBuiltInRole(accounts, jdbc, "ADMINISTRATOR");
        Set<Permission> custom = EnumSet.of(Permission.VOUCHERS_VIEW, Permission.VOUCHERS_CHANGE, Permission.LOGS_VIEW,
                Permission.THEMES_DELETE, Permission.SERVERS_DELETE);
        long customRole = customRole(owner, custom);
        Map<String, Set<Permission>> holds = new LinkedHashMap<>();
        Map<String, AccountView> members = new LinkedHashMap<>();
        members.put("Administrator", owner);
        holds.put("Administrator", EnumSet.allOf(Permission.class));
        for (String code : List.of("SUPPORT", "ACCOUNTANT")) {
            members.put(code, StaffAccounts.withBuiltInRole(accounts, jdbc, code));
            holds.put(code, held(StaffAccounts.builtInRoleId(jdbc, code)));
        }
        members.put("custom", StaffAccounts.withRole(accounts, jdbc, customRole, "custom"));
        holds.put("custom", custom);
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        members.forEach((role, member) -> sessions.put(role, signedIn(member)));
        assertThat(holds.get("SUPPORT")).contains(Permission.USERS_VIEW, Permission.SERVERS_CHANGE)
                .doesNotContain(Permission.WALLETS_VIEW, Permission.PAYMENTS_VIEW, Permission.VOUCHERS_VIEW,
                        Permission.SETTINGS_VIEW, Permission.SERVERS_DELETE);
        assertThat(holds.get("ACCOUNTANT")).contains(Permission.PAYMENTS_CHANGE, Permission.WALLETS_CHANGE, Permission.ORDERS_VIEW)
                .doesNotContain(Permission.USERS_CHANGE, Permission.SERVERS_CHANGE, Permission.SETTINGS_CHANGE);

        SoftAssertions softly = new SoftAssertions();
        for (Route route : routes) {
            Permission needed = AdminRoutes.required(route.method(), route.path()).orElseThrow();
            for (Map.Entry<String, WebSession> role : sessions.entrySet()) {
                boolean allowed = holds.get(role.getKey()).contains(needed);
                String what = role.getKey() + (allowed ? " may " : " may not ") + route + " (" + needed + ")";
                if (allowed && actsOnWholePanel(route)) {
                    // Carried out, it would change what other tests see (discover plugins, reset the theme…): the same
                    // decision is asked of the panel's authorization without running the action.
                    softly.assertThat(decides(members.get(role.getKey()), route)).as(what).isTrue();
                    continue;
                }
                WebSession web = role.getValue();
                int status = ("GET".equals(route.method()) ? web.get(route.path()) : web.post(route.path(), Map.of())).status();
                if (allowed) {
                    softly.assertThat(status).as(what).isNotIn(401, 403);
                } else {
                    softly.assertThat(status).as(what).isEqualTo(403);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void customersAndVisitorsGetNoAdminPage() {
        WebSession customer = browser();
        customer.signIn(accounts.createVerified("matrix-customer-" + java.util.UUID.randomUUID().toString().substring(0, 8)
                + "@example.test", "Casey", "Customer", StaffAccounts.PASSWORD, io.pteroca.panel.account.Role.USER, "test")
                .email(), StaffAccounts.PASSWORD);
        assertThat(customer.get("/admin").status()).isEqualTo(403);
        assertThat(customer.get("/admin/users").status()).isEqualTo(403);
        assertThat(customer.get("/actuator/info").status()).isEqualTo(403);
        assertThat(browser().get("/admin/users").redirectsTo("/login")).isTrue();
    }

    @Test
    void theRuleAndItsExceptions() {
        assertThat(AdminRoutes.required("GET", "/admin/wallets/5")).contains(Permission.WALLETS_VIEW);
        assertThat(AdminRoutes.required("POST", "/admin/wallets/5")).contains(Permission.WALLETS_CHANGE);
        assertThat(AdminRoutes.required("POST", "/admin/servers/5/delete")).contains(Permission.SERVERS_DELETE);
        assertThat(AdminRoutes.required("POST", "/admin/users/5/role")).contains(Permission.ROLES_CHANGE);
        assertThat(AdminRoutes.required("POST", "/admin/wallets/5/delete")).as("wallets have no delete").isEmpty();
        assertThat(AdminRoutes.required("GET", "/admin/something-new")).isEmpty();
        assertThat(AdminRoutes.required("GET", "/admin")).contains(Permission.OVERVIEW_VIEW);
    }

    /** A post without an id in its path acts on the panel as a whole rather than on a record that does not exist. */
    private static boolean actsOnWholePanel(Route route) {
        return "POST".equals(route.method()) && !route.path().contains(NOBODY);
    }

    private boolean decides(AccountView member, Route route) {
        org.springframework.mock.web.MockHttpServletRequest request =
                new org.springframework.mock.web.MockHttpServletRequest(route.method(), route.path());
        org.springframework.security.core.Authentication user =
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        (io.pteroca.panel.shared.CurrentUser.WithId) member::id, null, List.of());
        return authorization.authorize(() -> user,
                new org.springframework.security.web.access.intercept.RequestAuthorizationContext(request)).isGranted();
    }

    private long customRole(AccountView owner, Set<Permission> permissions) {
        WebSession web = signedIn(owner);
        web.get("/admin/roles/new");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("name", "Matrix " + java.util.UUID.randomUUID().toString().substring(0, 8)));
        permissions.forEach(p -> fields.add(Map.entry("permissions", p.name())));
        assertThat(web.postAll("/admin/roles", fields).redirectsTo("/admin/roles")).isTrue();
        return jdbc.queryForObject("SELECT id FROM staff_role WHERE name = ?", Long.class, fields.get(0).getValue());
    }

    private Set<Permission> held(long roleId) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        jdbc.queryForList("SELECT permission FROM staff_role_permission WHERE role_id = ?", String.class, roleId)
                .forEach(code -> held.add(Permission.valueOf(code)));
        return held;
    }

    private WebSession signedIn(AccountView account) {
        WebSession web = browser();
        web.signIn(account.email(), StaffAccounts.PASSWORD);
        web.get("/account");
        return web;
    }

    /** The admin and actuator routes of every handler mapping, each variable filled in, every alternative of a pattern apart. */
    private List<Route> adminRoutes() {
        Set<String> seen = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : mappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                if (info.getPathPatternsCondition() == null) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<String> verbs = methods.isEmpty() ? List.of("GET", "POST")
                        : methods.stream().map(Enum::name).filter(m -> m.equals("GET") || m.equals("POST")).toList();
                for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                    String text = pattern.getPatternString();
                    boolean admin = text.equals("/admin") || text.startsWith("/admin/") || text.startsWith("/actuator");
                    // Health answers everyone (load balancers ask it); SecurityConfiguration lists it as public.
                    if (!admin || text.startsWith("/actuator/health")) {
                        continue;
                    }
                    for (String path : concrete(text)) {
                        verbs.forEach(verb -> seen.add(verb + " " + path));
                    }
                }
            }
        }
        return seen.stream().map(line -> new Route(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1)))
                .toList();
    }

    private static List<String> concrete(String pattern) {
        String path = pattern.replace("/**", "/anything");
        Matcher variable = VARIABLE.matcher(path);
        if (!variable.find()) {
            return List.of(path);
        }
        String regex = variable.group(2);
        List<String> values = regex != null && regex.matches("[\\w-]+(\\|[\\w-]+)*") ? List.of(regex.split("\\|")) : List.of(NOBODY);
        List<String> paths = new ArrayList<>();
        for (String value : values) {
            paths.addAll(concrete(path.substring(0, variable.start()) + value + path.substring(variable.end())));
        }
        return paths;
    }
}
