package io.pteroca.plugins.helloworld;

import io.pteroca.plugin.Health;
import io.pteroca.plugin.PanelPlugin;
import io.pteroca.plugin.PluginContext;
import io.pteroca.plugin.PluginDatabase;
import io.pteroca.plugin.PluginSettings;
import io.pteroca.plugin.cli.CliCommand;
import io.pteroca.plugin.cron.CronTask;
import io.pteroca.plugin.event.AccountRegistered;
import io.pteroca.plugin.event.PanelEvent;
import io.pteroca.plugin.event.SignedIn;
import io.pteroca.plugin.event.WalletCredited;
import io.pteroca.plugin.event.WalletDebited;
import io.pteroca.plugin.web.MenuArea;
import io.pteroca.plugin.web.MenuItem;
import io.pteroca.plugin.web.Page;
import io.pteroca.plugin.web.PageRequest;
import io.pteroca.plugin.web.PageResult;
import io.pteroca.plugin.web.ServerInfo;
import io.pteroca.plugin.web.ServerTab;
import io.pteroca.plugin.web.View;
import io.pteroca.plugin.web.Viewer;
import io.pteroca.plugin.web.Widget;
import io.pteroca.plugin.web.WidgetSlot;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The example plugin: a page with a form and a table of its own, an admin page, a dashboard and an admin widget,
 * a server tab, a menu item, a command, a cron task, event listeners and settings with a secret. Every SQL
 * statement is a constant naming the plugin's tables in full: the panel checks each statement, and the security
 * scan reports SQL built at run time.
 */
public class HelloWorldPlugin implements PanelPlugin {

    private PluginContext context;
    private PluginDatabase database;
    private PluginSettings settings;

    @Override
    public void start(PluginContext context) {
        this.context = context;
        this.database = context.database();
        this.settings = context.settings();

        context.registerPage(Page.get("/", this::greetings));
        context.registerPage(Page.post("/greetings", this::leaveGreeting));
        context.registerPage(Page.get("/", this::adminPage).adminOnly());
        context.registerMenuItem(new MenuItem("hello", MenuArea.MAIN, "hello.menu", "/", 10));
        context.registerMenuItem(new MenuItem("hello-admin", MenuArea.ADMIN, "hello.admin.title", "/", 10));
        context.registerWidget(new GreetingWidget());
        context.registerWidget(new EventWidget());
        context.registerServerTab(new HelloTab());
        context.registerCommand(new GreetCommand());
        context.registerCronTask(new TickTask());
        context.subscribe(AccountRegistered.class, this::remember);
        context.subscribe(SignedIn.class, this::remember);
        context.subscribe(WalletCredited.class, this::remember);
        context.subscribe(WalletDebited.class, this::remember);
        context.logger().log(System.Logger.Level.INFO, "hello-world started");
    }

    @Override
    public Health health() {
        return settings == null || !settings.get("greeting").isBlank() ? Health.ok()
                : Health.unhealthy("The greeting is empty.");
    }

    private String greeting() {
        String greeting = settings.get("greeting");
        return settings.getBoolean("shout") ? greeting.toUpperCase(Locale.ROOT) : greeting;
    }

    private PageResult greetings(PageRequest request) {
        return greetingsPage(null, null);
    }

    private PageResult greetingsPage(String error, String name) {
        List<String> names = database.query("SELECT name FROM plg_hello_world_greeting ORDER BY id DESC").stream()
                .map(row -> row.getString("name")).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("greetings", names);
        model.put("greeting", greeting());
        if (error != null) {
            model.put("error", error);
            model.put("name", name);
        }
        return PageResult.page("hello.title", View.of("hello/page", model));
    }

    private PageResult leaveGreeting(PageRequest request) {
        String name = request.parameter("name").orElse("").strip();
        if (name.isEmpty() || name.length() > 60) {
            return greetingsPage("name", name.length() > 60 ? name.substring(0, 60) : name);
        }
        database.update("INSERT INTO plg_hello_world_greeting (account_id, name, created_at) VALUES (?, ?, ?)",
                request.viewer().accountId(), name, context.clock().instant());
        return PageResult.redirect("/");
    }

    private PageResult adminPage(PageRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("events", count("SELECT COUNT(*) AS n FROM plg_hello_world_event"));
        model.put("ticks", count("SELECT COUNT(*) AS n FROM plg_hello_world_tick"));
        model.put("recent", database.query("SELECT event_type, account_id FROM plg_hello_world_event ORDER BY id DESC"));
        return PageResult.page("hello.admin.title", View.of("hello/admin", model));
    }

    private long count(String sql) {
        return database.queryFirst(sql).map(row -> row.getLong("n")).orElse(0L);
    }

    private void remember(PanelEvent event) {
        Long accountId = null;
        if (event instanceof AccountRegistered registered) {
            accountId = registered.accountId();
        } else if (event instanceof SignedIn signedIn) {
            accountId = signedIn.accountId();
        } else if (event instanceof WalletCredited credited) {
            accountId = credited.accountId();
        } else if (event instanceof WalletDebited debited) {
            accountId = debited.accountId();
        }
        database.update("INSERT INTO plg_hello_world_event (event_type, account_id, received_at) VALUES (?, ?, ?)",
                event.getClass().getSimpleName(), accountId, context.clock().instant());
    }

    private final class GreetingWidget implements Widget {
        @Override
        public String id() {
            return "greeting";
        }

        @Override
        public WidgetSlot slot() {
            return WidgetSlot.DASHBOARD;
        }

        @Override
        public String titleKey() {
            return "hello.widget.title";
        }

        @Override
        public View render(Viewer viewer) {
            return View.of("hello/widget", Map.of("greeting", greeting(),
                    "count", count("SELECT COUNT(*) AS n FROM plg_hello_world_greeting")));
        }
    }

    private final class EventWidget implements Widget {
        @Override
        public String id() {
            return "events";
        }

        @Override
        public WidgetSlot slot() {
            return WidgetSlot.ADMIN_OVERVIEW;
        }

        @Override
        public String titleKey() {
            return "hello.admin.widget.title";
        }

        @Override
        public int columns() {
            return 6;
        }

        @Override
        public boolean visibleTo(Viewer viewer) {
            return viewer.admin();
        }

        @Override
        public View render(Viewer viewer) {
            return View.of("hello/admin", Map.of("events", count("SELECT COUNT(*) AS n FROM plg_hello_world_event"),
                    "ticks", count("SELECT COUNT(*) AS n FROM plg_hello_world_tick"), "recent", List.of()));
        }
    }

    private final class HelloTab implements ServerTab {
        @Override
        public String id() {
            return "hello";
        }

        @Override
        public String labelKey() {
            return "hello.tab";
        }

        @Override
        public PageResult handle(ServerInfo server, PageRequest request) {
            Map<String, Object> model = new HashMap<>();
            model.put("server", server);
            if (request.method().equals("POST")) {
                database.update("INSERT INTO plg_hello_world_greeting (account_id, name, created_at) VALUES (?, ?, ?)",
                        request.viewer().accountId(), server.name(), context.clock().instant());
                model.put("waved", true);
            }
            return PageResult.page("hello.tab", View.of("hello/tab", model));
        }
    }

    private final class GreetCommand implements CliCommand {
        @Override
        public String name() {
            return "greet";
        }

        @Override
        public String description() {
            return "Prints the greeting for each name given, and how many greetings the panel holds.";
        }

        @Override
        public int run(List<String> arguments, PrintWriter out, PrintWriter err) {
            List<String> names = arguments.stream().filter(a -> !a.startsWith("--")).toList();
            if (names.isEmpty()) {
                err.println("Usage: hello-world:greet NAME...");
                return 2;
            }
            names.forEach(name -> out.println(greeting() + ", " + name + "!"));
            out.println("Greetings stored: " + count("SELECT COUNT(*) AS n FROM plg_hello_world_greeting"));
            return 0;
        }
    }

    private final class TickTask implements CronTask {
        @Override
        public String name() {
            return "tick";
        }

        @Override
        public String schedule() {
            return "0 * * * *";
        }

        @Override
        public void run() {
            database.update("INSERT INTO plg_hello_world_tick (ran_at) VALUES (?)", context.clock().instant());
        }
    }
}
