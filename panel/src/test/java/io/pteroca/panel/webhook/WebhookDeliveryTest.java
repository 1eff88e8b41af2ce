package io.pteroca.panel.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.catalog.Catalog;
import io.pteroca.panel.catalog.CategoryView;
import io.pteroca.panel.shared.Refusal;
import io.pteroca.panel.shared.work.DurableWorkRunner;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.support.TestMail;
import io.pteroca.plugin.event.VoucherCreated;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end against a real HTTP receiver: signed deliveries it can verify, retries with back-off as the
 * clock moves, redeliveries it recognises by their id, refused internal addresses, endpoints switched off after three
 * days of failure with an e-mail to the admins, and senders in parallel that never send a delivery twice.
 */
class WebhookDeliveryTest extends IntegrationTest {

    @Autowired
    Webhooks webhooks;
    @Autowired
    WebhookSender sender;
    @Autowired
    DurableWorkRunner work;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    WebhookDeliveries deliveries;

    private final JsonMapper json = JsonMapper.builder().build();
    private Receiver receiver;

    @BeforeEach
    void receiver() throws Exception {
        jdbc.update("DELETE FROM webhook_endpoint");
        allowPrivateTargets(true);
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        jdbc.update("DELETE FROM webhook_endpoint");
        allowPrivateTargets(false);
        receiver.close();
    }

    private void allowPrivateTargets(boolean allowed) {
        settings.set(WebhookSettings.ALLOW_PRIVATE_TARGETS, Boolean.toString(allowed));
    }

    private Webhooks.Created endpoint(String... events) {
        WebhookForm form = new WebhookForm();
        form.setUrl(receiver.url());
        form.setDescription("test receiver");
        form.setEvents(List.of(events));
        return webhooks.create(form);
    }

    private void voucherCreated(String code) {
        transactions.executeWithoutResult(status -> events.publishEvent(new VoucherCreated(clock.instant(), 7, code, "BALANCE")));
    }

    private long deliveryOf(long endpoint) {
        return jdbc.queryForObject("SELECT id FROM webhook_delivery WHERE endpoint_id = ?", Long.class, endpoint);
    }

    private String statusOf(long delivery) {
        return jdbc.queryForObject("SELECT status FROM webhook_delivery WHERE id = ?", String.class, delivery);
    }

    private Duration pauseBeforeNextAttempt(long delivery) {
        return Duration.between(stored("SELECT MAX(attempted_at) FROM webhook_attempt WHERE delivery_id = ?", delivery),
                nextAttemptOf(delivery));
    }

    private Instant nextAttemptOf(long delivery) {
        return stored("SELECT next_attempt_at FROM webhook_delivery WHERE id = ?", delivery);
    }

    /** A time column as the panel stores them all: UTC wall time. */
    private Instant stored(String query, long id) {
        return storedWallTime(query, id).toInstant(ZoneOffset.UTC);
    }

    private LocalDateTime storedWallTime(String query, long id) {
        return jdbc.queryForObject(query, LocalDateTime.class, id);
    }

    @Test
    void aDomainEventReachesTheReceiverSignedWithTheEndpointsSecret() {
        Webhooks.Created endpoint = endpoint("CategoryCreated");
        CategoryView category = catalog.saveCategory(null, "Webhook games " + UUID.randomUUID().toString().substring(0, 6), "", 0);
        try {
            BackgroundWork.awaitIdle();
            List<Receiver.Received> received = receiver.received();
            assertThat(received).hasSize(1);
            Receiver.Received delivery = received.get(0);
            assertThat(delivery.signedWith(endpoint.secret())).as("signature verifies with the endpoint's secret").isTrue();
            assertThat(delivery.signedWith(WebhookSignature.newSecret())).as("and with no other").isFalse();
            assertThat(new Receiver.Received(delivery.id(), delivery.timestamp(), delivery.signature(), delivery.body() + " "))
                    .as("a changed body no longer verifies").matches(changed -> !changed.signedWith(endpoint.secret()));
            JsonNode body = json.readTree(delivery.body());
            assertThat(body.get("id").asString()).isEqualTo(delivery.id()).startsWith("msg_");
            assertThat(body.get("type").asString()).isEqualTo("CategoryCreated");
            assertThat(Instant.parse(body.get("created").asString())).isNotNull();
            assertThat(body.get("data").get("categoryId").asLong()).isEqualTo(category.id());
            assertThat(body.get("data").get("name").asString()).isEqualTo(category.name());
            assertThat(Long.parseLong(delivery.timestamp())).isCloseTo(clock.instant().getEpochSecond(), org.assertj.core.data.Offset.offset(600L));

            long id = deliveryOf(endpoint.id());
            assertThat(statusOf(id)).isEqualTo("DELIVERED");
            assertThat(jdbc.queryForObject("SELECT response_status FROM webhook_attempt WHERE delivery_id = ?", Integer.class, id))
                    .isEqualTo(200);
            assertThat(jdbc.queryForObject("SELECT response_excerpt FROM webhook_attempt WHERE delivery_id = ?", String.class, id))
                    .isEqualTo("ok");
        } finally {
            catalog.deleteCategory(category.id());
        }
    }

    @Test
    void workThatRollsBackSendsNothingAndEventsNobodyWantsAreNotStored() {
        endpoint("VoucherDeleted");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new io.pteroca.plugin.event.VoucherDeleted(clock.instant(), 1, "GONE"));
            status.setRollbackOnly();
        });
        voucherCreated("NOBODY-WANTS-IT");
        BackgroundWork.awaitIdle();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery", Integer.class)).isZero();
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aServerErrorIsRetriedWithExponentialBackOffAsTheClockMoves() {
        receiver.answer(500, 503);
        receiver.answerBody("x".repeat(3000));
        Webhooks.Created endpoint = endpoint("VoucherCreated");
        voucherCreated("RETRY");
        BackgroundWork.awaitIdle();
        long delivery = deliveryOf(endpoint.id());
        assertThat(receiver.received()).hasSize(1);
        assertThat(statusOf(delivery)).isEqualTo("PENDING");
        assertThat(pauseBeforeNextAttempt(delivery)).isEqualTo(Duration.ofSeconds(30));
        Instant next = nextAttemptOf(delivery);
        assertThat(sender.due(next.minusSeconds(1), 100)).as("not due before its pause is over").doesNotContain(delivery);
        assertThat(sender.due(next, 100)).contains(delivery);
        assertThat(jdbc.queryForObject("SELECT response_excerpt FROM webhook_attempt WHERE delivery_id = ?", String.class, delivery))
                .as("at most 1 KB of the answer is kept").hasSize(WebhookSender.EXCERPT_BYTES);

        work.sweep(sender);
        assertThat(receiver.received()).as("nothing is sent again before the pause is over").hasSize(1);
        clock.advance(Duration.ofSeconds(31));
        work.sweep(sender);
        assertThat(receiver.received()).hasSize(2);
        assertThat(pauseBeforeNextAttempt(delivery)).as("the pause doubles").isEqualTo(Duration.ofSeconds(60));

        clock.advance(Duration.ofSeconds(61));
        work.sweep(sender);
        assertThat(receiver.received()).hasSize(3);
        assertThat(statusOf(delivery)).isEqualTo("DELIVERED");
        assertThat(receiver.received()).extracting(Receiver.Received::id).as("every attempt carries the same id").containsOnly(
                receiver.received().get(0).id());
        assertThat(jdbc.queryForList("SELECT response_status FROM webhook_attempt WHERE delivery_id = ? ORDER BY id", Integer.class,
                delivery)).containsExactly(500, 503, 200);
        assertThat(receiver.received()).allMatch(received -> received.signedWith(endpoint.secret()));
    }

    @Test
    void timesAreStoredAsUtcWallTimeFromTheClockWhateverTheJvmsTimeZone() {
        // The suite runs in Europe/Warsaw (see the surefire configuration): a time written in the JVM's zone is an hour
        // or two off here. The delivery is a day ahead, so no background sender takes it meanwhile.
        assertThat(ZoneId.systemDefault().getRules().getOffset(clock.instant())).as("this test needs a JVM away from UTC")
                .isNotEqualTo(ZoneOffset.UTC);
        Instant before = clock.instant();
        Webhooks.Created endpoint = endpoint("VoucherCreated");
        Instant after = clock.instant();
        Instant at = before.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        long message = deliveries.storeMessage("msg_utc_" + UUID.randomUUID().toString().substring(0, 8), "VoucherCreated", "{}", at);
        long delivery = deliveries.createDelivery(endpoint.id(), message, at, at.plus(Duration.ofDays(3)));
        deliveries.recordAttempt(delivery, at, 500, 12, "down", null, false);
        deliveries.retryAt(delivery, 500, at.plus(Duration.ofSeconds(30)));

        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        assertThat(storedWallTime("SELECT created_at FROM webhook_message WHERE id = ?", message)).isEqualTo(utc);
        assertThat(storedWallTime("SELECT created_at FROM webhook_delivery WHERE id = ?", delivery)).isEqualTo(utc);
        assertThat(storedWallTime("SELECT give_up_at FROM webhook_delivery WHERE id = ?", delivery)).isEqualTo(utc.plusDays(3));
        assertThat(storedWallTime("SELECT attempted_at FROM webhook_attempt WHERE delivery_id = ?", delivery)).isEqualTo(utc);
        assertThat(storedWallTime("SELECT next_attempt_at FROM webhook_delivery WHERE id = ?", delivery)).isEqualTo(utc.plusSeconds(30));
        assertThat(stored("SELECT created_at FROM webhook_endpoint WHERE id = ?", endpoint.id())).as("the endpoint's creation, to the microsecond stored")
                .isBetween(before.minusMillis(1), after.plusMillis(1));
        assertThat(deliveries.ofEndpoint(endpoint.id(), 10)).singleElement()
                .satisfies(view -> assertThat(view.createdAt()).isEqualTo(at));
        assertThat(sender.due(at.plusSeconds(29), 100)).doesNotContain(delivery);
        assertThat(sender.due(at.plusSeconds(30), 100)).contains(delivery);
    }

    @Test
    void aRedeliveryByHandCarriesTheSameIdAndBodySoTheReceiverRecognisesIt() {
        Webhooks.Created endpoint = endpoint("VoucherCreated");
        voucherCreated("REPLAY");
        BackgroundWork.awaitIdle();
        long delivery = deliveryOf(endpoint.id());
        assertThat(statusOf(delivery)).isEqualTo("DELIVERED");

        clock.advance(Duration.ofMinutes(5));
        webhooks.redeliver(endpoint.id(), delivery);
        BackgroundWork.awaitIdle();
        List<Receiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).id()).isEqualTo(received.get(0).id());
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(received.get(1).timestamp()).isNotEqualTo(received.get(0).timestamp());
        assertThat(received.get(1).signedWith(endpoint.secret())).isTrue();
        assertThat(jdbc.queryForList("SELECT manual FROM webhook_attempt WHERE delivery_id = ? ORDER BY id", Boolean.class, delivery))
                .containsExactly(false, true);
        assertThatThrownBy(() -> webhooks.redeliver(endpoint.id(), delivery + 1_000_000)).isInstanceOf(Refusal.class);
    }

    @Test
    void aLoopbackTargetIsRefusedByDefaultWhenSavedAndWhenSent() {
        Webhooks.Created endpoint = endpoint("VoucherCreated");
        allowPrivateTargets(false);
        WebhookForm form = new WebhookForm();
        form.setUrl(receiver.url());
        form.setEvents(List.of("VoucherCreated"));
        assertThatThrownBy(() -> webhooks.create(form)).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKey()).isEqualTo("webhook.error.privateTarget");
        form.setUrl("http://localhost:" + port + "/hook");
        assertThatThrownBy(() -> webhooks.change(endpoint.id(), form)).isInstanceOf(Refusal.class);

        voucherCreated("INSIDE");
        BackgroundWork.awaitIdle();
        assertThat(receiver.received()).as("the setting is checked again when sending").isEmpty();
        long delivery = deliveryOf(endpoint.id());
        assertThat(jdbc.queryForObject("SELECT error FROM webhook_attempt WHERE delivery_id = ?", String.class, delivery))
                .isEqualTo("webhook.error.privateTarget");
        assertThat(statusOf(delivery)).isEqualTo("PENDING");
    }

    @Test
    void anEndpointThatFailsForThreeDaysIsSwitchedOffAndTheAdminsAreToldByEmail() {
        AccountView admin = accounts.createVerified("hooks-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Hedda", "Hooks", "webhook secret 9", Role.ADMIN, "test");
        receiver.answer(500, 500, 500);
        Webhooks.Created endpoint = endpoint("VoucherCreated");
        voucherCreated("DOWN");
        BackgroundWork.awaitIdle();
        long delivery = deliveryOf(endpoint.id());
        assertThat(webhooks.get(endpoint.id()).enabled()).isTrue();

        clock.advance(Duration.ofHours(36));
        work.sweep(sender);
        assertThat(statusOf(delivery)).isEqualTo("PENDING");
        assertThat(webhooks.get(endpoint.id()).enabled()).as("a day and a half of failure is not enough").isTrue();

        clock.advance(Duration.ofHours(37));
        work.sweep(sender);
        assertThat(receiver.received()).hasSize(3);
        assertThat(statusOf(delivery)).isEqualTo("FAILED");
        assertThat(webhooks.get(endpoint.id()).enabled()).isFalse();
        List<MimeMessage> mails = TestMail.await(admin.email(), 1);
        assertThat(mails).anySatisfy(mail -> {
            assertThat(mail.getSubject()).contains(receiver.url());
            assertThat(TestMail.body(mail)).contains("/admin/webhooks/" + endpoint.id());
        });

        voucherCreated("WHILE-OFF");
        BackgroundWork.awaitIdle();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ?", Integer.class, endpoint.id()))
                .as("a switched-off endpoint gets no new deliveries").isEqualTo(1);
    }

    @Test
    void sendersRunningSideBySideNeverSendTheSameDeliveryTwice() throws Exception {
        Webhooks.Created endpoint = endpoint("VoucherCreated");
        BackgroundWork.lostWhile(() -> {
            for (int i = 0; i < 20; i++) {
                voucherCreated("MANY-" + i);
            }
        });
        assertThat(receiver.received()).isEmpty();
        List<Long> due = sender.due(clock.instant(), 100);
        assertThat(due).hasSize(20);

        List<Object> sent = Race.of(4, () -> due.stream().filter(sender::attempt).count());
        assertThat(sent.stream().mapToLong(result -> (Long) result).sum()).isEqualTo(20);
        Map<String, Long> perId = receiver.received().stream().collect(Collectors.groupingBy(Receiver.Received::id, Collectors.counting()));
        assertThat(perId).hasSize(20);
        assertThat(Set.copyOf(perId.values())).containsExactly(1L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id"
                + " WHERE d.endpoint_id = ?", Integer.class, endpoint.id())).isEqualTo(20);
    }
}
