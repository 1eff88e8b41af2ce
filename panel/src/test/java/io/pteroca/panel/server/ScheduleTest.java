package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.emulator.state.Schedule;
import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestPterodactyl;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The schedules tab: within the plan's limit, cron checked before Pterodactyl is asked, tasks, permissions. */
class ScheduleTest extends IntegrationTest {

    private static final String XSS = "<script>alert(1)</script> nightly";

    @Autowired
    ApplicationContext context;
    @Autowired
    GameServerRepository servers;

    /** A copy of the server's schedules in Pterodactyl, read under the emulator's lock. */
    private List<Schedule> schedulesInPterodactyl(long serverId) {
        long pterodactylId = servers.findById(serverId).orElseThrow().pterodactylServerId();
        synchronized (TestPterodactyl.emulator().state()) {
            return TestPterodactyl.emulator().state().schedules.values().stream().filter(s -> s.serverId == pterodactylId)
                    .map(ScheduleTest::copy).toList();
        }
    }

    private static Schedule copy(Schedule s) {
        Schedule c = new Schedule();
        c.id = s.id;
        c.name = s.name;
        c.minute = s.minute;
        c.hour = s.hour;
        c.dayOfMonth = s.dayOfMonth;
        c.month = s.month;
        c.dayOfWeek = s.dayOfWeek;
        c.active = s.active;
        c.onlyWhenOnline = s.onlyWhenOnline;
        c.lastRunAt = s.lastRunAt;
        c.tasks = List.copyOf(s.tasks);
        return c;
    }

    private static Map<String, String> cron(String name, String minute, String hour, String dayOfMonth, String month,
                                            String dayOfWeek, boolean active) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("name", name, "minute", minute, "hour", hour,
                "dayOfMonth", dayOfMonth, "month", month, "dayOfWeek", dayOfWeek));
        if (active) {
            form.put("active", "true");
        }
        return form;
    }

    @Test
    void schedulesAndTheirTasksAreMadeWithinTheLimitAndBadInputIsRefusedBeforePterodactyl() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product(new ProductDefinition.FeatureLimits(0, 0, 0, 1), "0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        long id = fixtures.activeServer(owner, product, "Scheduled");
        String tab = "/servers/" + id + "/schedules";
        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        assertThat(web.get("/servers/" + id).body()).contains("id=\"schedules-link\"").contains("id=\"activity-link\"");
        assertThat(web.get(tab).body()).contains("0 of 1 schedules").contains("id=\"schedule-form\"");

        int calls = TestPterodactyl.totalCalls();
        WebSession.Page bad = web.post(tab, cron("Bad", "61", "*", "*", "*", "*", true));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("The minute is not valid").contains("value=\"61\"");
        assertThat(web.post(tab, cron("Bad", "0", "4", "*", "13", "*", true)).body()).contains("The month is not valid");
        assertThat(web.post(tab, cron("Bad", "0", "4", "*", "*", "1-8", true)).status()).isEqualTo(400);
        assertThat(web.post(tab, cron(" ", "0", "4", "*", "*", "*", true)).body()).contains("Give the schedule a name");
        assertThat(schedulesInPterodactyl(id)).isEmpty();
        assertThat(TestPterodactyl.totalCalls()).as("only the page's own list call per refusal").isEqualTo(calls + 4);

        assertThat(web.get(tab + "/preview?minute=*/15&hour=*&dayOfMonth=*&month=*&dayOfWeek=*").body()).isEqualTo("every 15 minutes");
        assertThat(web.get(tab + "/preview?minute=30&hour=4&dayOfMonth=*&month=*&dayOfWeek=1-5").body())
                .isEqualTo("at 04:30 on Monday-Friday");
        WebSession.Page badPreview = web.get(tab + "/preview?minute=x&hour=*&dayOfMonth=*&month=*&dayOfWeek=*");
        assertThat(badPreview.status()).isEqualTo(400);
        assertThat(badPreview.body()).contains("The minute is not valid");

        web.get(tab);
        assertThat(web.post(tab, cron(XSS, "0", "4", "*", "*", "*", true)).redirectsTo(tab)).isTrue();
        assertThat(schedulesInPterodactyl(id)).singleElement().satisfies(s -> {
            assertThat(s.name).isEqualTo(XSS);
            assertThat(List.of(s.minute, s.hour, s.dayOfMonth, s.month, s.dayOfWeek)).containsExactly("0", "4", "*", "*", "*");
            assertThat(s.active).isTrue();
            assertThat(s.onlyWhenOnline).isFalse();
        });
        String list = web.get(tab).body();
        assertThat(list).contains("The schedule was created.").contains("&lt;script&gt;alert(1)&lt;/script&gt; nightly")
                .doesNotContain("<script>alert(1)").contains("at 04:00 every day").contains("1 of 1 schedules");
        web.post(tab, cron("One too many", "*/5", "*", "*", "*", "*", true));
        assertThat(web.get(tab).body()).contains("schedule limit is reached");
        assertThat(schedulesInPterodactyl(id)).hasSize(1);

        int scheduleId = (int) schedulesInPterodactyl(id).get(0).id;
        String page = tab + "/" + scheduleId;
        assertThat(web.get(page).body()).contains("No tasks yet");
        web.post(page + "/execute", Map.of());
        assertThat(web.get(page).body()).contains("id=\"schedule-refused\"").contains("no tasks are registered");

        web.post(page + "/tasks", Map.of("action", "command", "payload", "say <b>hi</b>", "timeOffset", "30"));
        assertThat(schedulesInPterodactyl(id).get(0).tasks).singleElement().satisfies(t -> {
            assertThat(t.action).isEqualTo("command");
            assertThat(t.payload).isEqualTo("say <b>hi</b>");
            assertThat(t.timeOffset).isEqualTo(30);
            assertThat(t.continueOnFailure).isFalse();
        });
        assertThat(web.get(page).body()).contains("The task was added.").contains("value=\"say &lt;b&gt;hi&lt;/b&gt;\"");
        WebSession.Page badOffset = web.post(page + "/tasks", Map.of("action", "command", "payload", "say", "timeOffset", "901"));
        assertThat(badOffset.status()).isEqualTo(400);
        assertThat(badOffset.body()).contains("from 0 to 900");
        assertThat(web.post(page + "/tasks", Map.of("action", "power", "payload", "explode", "timeOffset", "0")).body())
                .contains("A power task needs start, stop, restart or kill.");
        assertThat(web.post(page + "/tasks", Map.of("action", "format", "payload", "c:", "timeOffset", "0")).status()).isEqualTo(400);
        web.post(page + "/tasks", Map.of("action", "backup", "payload", "", "timeOffset", "0"));
        assertThat(web.get(page).body()).as("Pterodactyl refuses a backup task without backups, its words shown")
                .contains("backup limit is set to 0");
        assertThat(schedulesInPterodactyl(id).get(0).tasks).hasSize(1);

        long taskId = schedulesInPterodactyl(id).get(0).tasks.get(0).id;
        web.post(page + "/tasks/" + taskId, Map.of("action", "power", "payload", "start", "timeOffset", "5",
                "continueOnFailure", "true"));
        assertThat(schedulesInPterodactyl(id).get(0).tasks).singleElement().satisfies(t -> {
            assertThat(t.action).isEqualTo("power");
            assertThat(t.payload).isEqualTo("start");
            assertThat(t.timeOffset).isEqualTo(5);
            assertThat(t.continueOnFailure).isTrue();
        });
        web.get(page);
        web.post(page, cron("Weekdays", "30", "5", "*", "*", "1-5", false));
        assertThat(schedulesInPterodactyl(id).get(0)).satisfies(s -> {
            assertThat(s.name).isEqualTo("Weekdays");
            assertThat(List.of(s.minute, s.hour, s.dayOfWeek)).containsExactly("30", "5", "1-5");
            assertThat(s.active).isFalse();
        });
        assertThat(web.get(page).body()).contains("The schedule was saved.").contains("at 05:30 on Monday-Friday");
        assertThat(web.post(page, cron("Weekdays", "30", "24", "*", "*", "1-5", false)).status()).isEqualTo(400);
        assertThat(schedulesInPterodactyl(id).get(0).hour).isEqualTo("5");

        web.get(page);
        web.post(page + "/execute", Map.of());
        assertThat(web.get(page).body()).contains("The schedule is running now.");
        assertThat(schedulesInPterodactyl(id).get(0).lastRunAt).as("ran in Pterodactyl").isNotNull();

        assertThat(web.get(tab + "/999999").status()).as("another server's or no schedule").isEqualTo(404);
        web.get(page);
        web.post(page + "/tasks/" + taskId + "/delete", Map.of());
        assertThat(schedulesInPterodactyl(id).get(0).tasks).isEmpty();
        web.get(page);
        assertThat(web.post(page + "/delete", Map.of()).redirectsTo(tab)).isTrue();
        assertThat(schedulesInPterodactyl(id)).isEmpty();
        assertThat(web.get(tab).body()).contains("The schedule was deleted.").contains("0 of 1 schedules");
        assertThat(web.get("/servers/" + id).body()).contains("Schedule created").contains("Schedule task added")
                .contains("Schedule task changed").contains("Schedule changed").contains("Schedule run now")
                .contains("Schedule task deleted").contains("Schedule deleted");
    }

    @Test
    void subusersActOnlyWithTheirPermissionStrangersSeeNothingAndSuspendedServersAreBlocked() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product(new ProductDefinition.FeatureLimits(0, 0, 0, 3), "0", ServerFixtures.monthly("1"));
        AccountView owner = fixtures.customer("1");
        AccountView reader = fixtures.customer("0");
        AccountView editor = fixtures.customer("0");
        AccountView stranger = fixtures.customer("0");
        AccountView outsider = fixtures.customer("0");
        long id = fixtures.activeServer(owner, product, "Shared schedules");
        String tab = "/servers/" + id + "/schedules";
        WebSession web = browser();
        web.signIn(owner.email(), ServerFixtures.PASSWORD);
        web.get(tab);
        web.post(tab, cron("Owner's", "0", "*", "*", "*", "*", true));
        int scheduleId = (int) schedulesInPterodactyl(id).get(0).id;
        web.get("/servers/" + id);
        web.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", reader.email()),
                Map.entry("permissions", "schedule.read")));
        web.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", editor.email()),
                Map.entry("permissions", "schedule.read"), Map.entry("permissions", "schedule.create"),
                Map.entry("permissions", "schedule.update")));
        web.postAll("/servers/" + id + "/subusers", List.of(Map.entry("email", outsider.email()),
                Map.entry("permissions", "backup.read")));

        WebSession readerWeb = browser();
        readerWeb.signIn(reader.email(), ServerFixtures.PASSWORD);
        assertThat(readerWeb.get("/servers/" + id).body()).contains("id=\"schedules-link\"").doesNotContain("id=\"activity-link\"");
        assertThat(readerWeb.get(tab).body()).contains("Owner&#39;s");
        assertThat(readerWeb.get(tab + "/" + scheduleId).status()).isEqualTo(200);
        int calls = TestPterodactyl.totalCalls();
        assertThat(readerWeb.post(tab, cron("Sneaky", "0", "*", "*", "*", "*", true)).status()).isEqualTo(403);
        assertThat(readerWeb.post(tab, cron("Sneaky", "99", "*", "*", "*", "*", true)).status())
                .as("no permission: 403 even for bad input").isEqualTo(403);
        assertThat(readerWeb.post(tab + "/" + scheduleId, cron("Renamed", "0", "*", "*", "*", "*", true)).status()).isEqualTo(403);
        assertThat(readerWeb.post(tab + "/" + scheduleId + "/execute", Map.of()).status()).isEqualTo(403);
        assertThat(readerWeb.post(tab + "/" + scheduleId + "/delete", Map.of()).status()).isEqualTo(403);
        assertThat(readerWeb.post(tab + "/" + scheduleId + "/tasks", Map.of("action", "power", "payload", "kill",
                "timeOffset", "0")).status()).isEqualTo(403);
        assertThat(readerWeb.post(tab + "/" + scheduleId + "/tasks/1/delete", Map.of()).status()).isEqualTo(403);
        WebSession outsiderWeb = browser();
        outsiderWeb.signIn(outsider.email(), ServerFixtures.PASSWORD);
        assertThat(outsiderWeb.get(tab).status()).isEqualTo(403);
        assertThat(outsiderWeb.get(tab + "/" + scheduleId).status()).isEqualTo(403);
        assertThat(TestPterodactyl.totalCalls()).as("refused before Pterodactyl is asked").isEqualTo(calls);

        WebSession editorWeb = browser();
        editorWeb.signIn(editor.email(), ServerFixtures.PASSWORD);
        editorWeb.get(tab + "/" + scheduleId);
        editorWeb.post(tab + "/" + scheduleId + "/tasks", Map.of("action", "power", "payload", "restart", "timeOffset", "0"));
        assertThat(schedulesInPterodactyl(id).get(0).tasks).singleElement().satisfies(t -> assertThat(t.payload).isEqualTo("restart"));
        assertThat(editorWeb.post(tab + "/" + scheduleId + "/delete", Map.of()).status()).as("no schedule.delete").isEqualTo(403);
        assertThat(schedulesInPterodactyl(id)).hasSize(1);

        WebSession strangerWeb = browser();
        strangerWeb.signIn(stranger.email(), ServerFixtures.PASSWORD);
        assertThat(strangerWeb.get(tab).status()).isEqualTo(404);
        assertThat(strangerWeb.get(tab + "/" + scheduleId).status()).isEqualTo(404);
        assertThat(strangerWeb.get(tab + "/preview?minute=0&hour=*&dayOfMonth=*&month=*&dayOfWeek=*").status()).isEqualTo(404);
        strangerWeb.get("/servers");
        assertThat(strangerWeb.post(tab + "/" + scheduleId + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(schedulesInPterodactyl(id)).hasSize(1);

        jdbc.update("UPDATE game_server SET state = 'SUSPENDED' WHERE id = ?", id);
        calls = TestPterodactyl.totalCalls();
        web.get("/servers");
        web.post(tab, cron("While suspended", "0", "*", "*", "*", "*", true));
        web.post(tab + "/" + scheduleId + "/delete", Map.of());
        assertThat(web.get(tab).body()).contains("While the server is suspended, nothing of it can be shown or changed here");
        assertThat(TestPterodactyl.totalCalls()).as("a suspended server is not acted on").isEqualTo(calls);
        assertThat(schedulesInPterodactyl(id)).extracting(s -> s.name).containsExactly("Owner's");
        jdbc.update("UPDATE game_server SET state = 'ACTIVE' WHERE id = ?", id);
    }
}
