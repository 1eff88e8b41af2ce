package io.pteroca.panel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.catalog.ProductView;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.support.TestPterodactyl;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Expiry marks servers a page per transaction while the suspension calls run; crashes and a second instance change nothing. */
class ExpiryPipelineTest extends IntegrationTest {

    private static final String SUSPEND = "POST /api/application/servers/{id}/suspend";
    /** More than a page, so a run has a page after the first. */
    private static final int SERVERS = ExpiryPipeline.PAGE + 50;

    @Autowired
    ApplicationContext context;
    @Autowired
    Lifecycle lifecycle;
    @Autowired
    ServerWork work;
    @Autowired
    EntityManager entities;

    private final List<Long> fixtureServers = new java.util.ArrayList<>();

    /**
     * The fixture's Pterodactyl servers are bare records (no egg, no port), cheap enough for the benchmark's ten
     * thousand; left in the shared emulator they would break every later test that lists all of its servers.
     */
    @org.junit.jupiter.api.AfterEach
    void removeTheFixtureServersFromPterodactyl() {
        synchronized (TestPterodactyl.emulator().state()) {
            TestPterodactyl.emulator().state().servers.keySet().removeAll(fixtureServers);
        }
        if (!fixtureServers.isEmpty()) {
            jdbc.update("UPDATE game_server SET state = 'DELETED', pterodactyl_server_id = NULL WHERE pterodactyl_server_id IN ("
                    + String.join(",", fixtureServers.stream().map(String::valueOf).toList()) + ")");
        }
    }

    @Test
    void aCrashBetweenPagesLeavesWholePagesThatTheNextTickCompletes() {
        Expired expired = expiredServers();
        ExpiryPipeline crashing = new ExpiryPipeline(bean(GameServerRepository.class), bean(ServerHistory.class),
                bean(ServerMails.class), bean(ServerSettings.class), bean(SuspensionSync.class), context, bean(TransactionTemplate.class),
                entities, clock) {
            @Override
            void committed(List<Long> suspended, BlockingQueue<Long> queue) {
                throw new IllegalStateException("the panel stops after committing the first page");
            }
        };
        int callsBefore = suspendCalls();

        assertThatThrownBy(() -> crashing.run(clock.instant())).hasMessageContaining("stops");
        BackgroundWork.awaitIdle();
        // The first page may hold servers other tests left due, ahead of these: it is whole, whatever its share of them.
        int marked = count("SELECT COUNT(*) FROM game_server WHERE owner_id = ? AND state = 'SUSPENDED' AND suspended_in_panel = FALSE",
                expired.owner());
        assertThat(marked).as("the first page, and nobody told Pterodactyl yet").isBetween(1, ExpiryPipeline.PAGE);
        assertThat(count("SELECT COUNT(*) FROM game_server WHERE owner_id = ? AND state = 'ACTIVE'", expired.owner()))
                .as("the rest untouched").isEqualTo(SERVERS - marked);
        assertThat(stateLines(expired.owner())).isEqualTo(marked);
        assertThat(suspensionMails(expired.owner())).isEqualTo(marked);
        assertThat(suspendCalls() - callsBefore).isZero();

        lifecycle.runOnce();
        work.runDue();
        BackgroundWork.awaitIdle();
        assertEverySuspendedOnce(expired, callsBefore);
    }

    /** Two instances whose expiry ticks overlap (the lock lapsed, or their clocks differ), and a suspension sweep meanwhile. */
    @Test
    void twoInstancesExpiringAtOnceSuspendEachServerOnce() throws InterruptedException {
        Expired expired = expiredServers();
        ExpiryPipeline second = new ExpiryPipeline(bean(GameServerRepository.class), bean(ServerHistory.class),
                bean(ServerMails.class), bean(ServerSettings.class), bean(SuspensionSync.class), context, bean(TransactionTemplate.class),
                entities, clock);
        ExpiryPipeline first = bean(ExpiryPipeline.class);
        int callsBefore = suspendCalls();
        List<Runnable> instances = List.of(() -> first.run(clock.instant()), () -> second.run(clock.instant()),
                work::syncSuspensions);
        List<Integer> turn = new ArrayList<>(List.of(0, 1, 2));

        List<Object> outcomes = Race.of(3, () -> {
            int mine;
            synchronized (turn) {
                mine = turn.remove(0);
            }
            instances.get(mine).run();
            return true;
        });
        assertThat(outcomes).containsOnly(true);
        work.runDue();
        BackgroundWork.awaitIdle();
        assertEverySuspendedOnce(expired, callsBefore);
    }

    private void assertEverySuspendedOnce(Expired expired, int callsBefore) {
        assertThat(count("SELECT COUNT(*) FROM game_server WHERE owner_id = ? AND state = 'SUSPENDED' AND suspended_in_panel = TRUE",
                expired.owner())).isEqualTo(SERVERS);
        synchronized (TestPterodactyl.emulator().state()) {
            assertThat(expired.pterodactylIds()).allMatch(id -> TestPterodactyl.emulator().state().servers.get(id).suspended());
        }
        assertThat(suspendCalls() - callsBefore).as("one call per server").isEqualTo(SERVERS);
        assertThat(stateLines(expired.owner())).as("one log line per suspension").isEqualTo(SERVERS);
        assertThat(count("SELECT COUNT(*) FROM server_log l JOIN game_server s ON s.id = l.server_id WHERE s.owner_id = ? "
                + "AND l.event = 'suspended_in_pterodactyl'", expired.owner())).isEqualTo(SERVERS);
        assertThat(suspensionMails(expired.owner())).as("one e-mail per suspension").isEqualTo(SERVERS);
    }

    private record Expired(long owner, List<Long> pterodactylIds) {
    }

    private Expired expiredServers() {
        ServerFixtures fixtures = new ServerFixtures(context);
        ProductView product = fixtures.product("0", ServerFixtures.monthly("1"));
        String plan = fixtures.soldPlan(product);
        AccountView owner = fixtures.customer("0");
        String prefix = "expiring-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        Expired expired = new Expired(owner.id(), fixtures.expiredServers(TestPterodactyl.emulator(), owner.id(), product, plan, prefix, SERVERS));
        fixtureServers.addAll(expired.pterodactylIds());
        return expired;
    }

    private int stateLines(long owner) {
        return count("SELECT COUNT(*) FROM server_log l JOIN game_server s ON s.id = l.server_id WHERE s.owner_id = ? "
                + "AND l.event = 'state' AND l.to_state = 'SUSPENDED'", owner);
    }

    private int suspensionMails(long owner) {
        return count("SELECT COUNT(*) FROM email_log WHERE user_id = ? AND mail_type = 'SERVER_SUSPENDED'", owner);
    }

    private int count(String sql, long owner) {
        return jdbc.queryForObject(sql, Integer.class, owner);
    }

    private static int suspendCalls() {
        return TestPterodactyl.emulator().counters().snapshot().getOrDefault(SUSPEND, 0);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
