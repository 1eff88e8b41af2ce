package io.pteroca.panel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.BackgroundWork;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.TestMail;
import io.pteroca.panel.support.WebSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailFailureTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    MailDelivery delivery;
    @Autowired
    io.pteroca.panel.shared.work.DurableWorkRunner work;
    @Autowired
    EmailLogRepository emailLog;
    @Autowired
    io.pteroca.panel.setting.SecretCipher cipher;

    @Test
    void aBrokenSmtpServerNeverBreaksRegistrationAndTheMailCanBeSentLater() throws Exception {
        int closedPort = TestMail.closedPort();
        settings.set(MailSettings.PORT, Integer.toString(closedPort));
        String email = "smtp-down-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
        Map<String, String> form = new HashMap<>(Map.of("email", email, "firstName", "Mia", "lastName", "Mailless",
                "password", "registration secret", "acceptTerms", "true"));
        assertThat(browser().submit("/register", "/register", form).status()).isEqualTo(302);
        assertThat(accounts.findByEmail(email)).isPresent();
        Long logId = failedMailTo(email);

        settings.set(MailSettings.PORT, Integer.toString(TestMail.port()));
        AccountView admin = accounts.createVerified("mail-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Max", "Mailer", "mail admin secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "mail admin secret");
        String log = web.get("/admin/email-log?status=FAILED").body();
        assertThat(log).contains(email).contains("The mail server could not be reached.").doesNotContain("ConnectException");
        web.post("/admin/email-log/" + logId + "/retry", Map.of());
        assertThat(jdbc.queryForObject("select status from email_log where id = ?", String.class, logId)).isEqualTo("SENT");
        assertThat(TestMail.body(TestMail.await(email, 1).get(0))).contains("verify-email?token=");
    }

    /** Delivery runs in the background after the registration committed. */
    private Long failedMailTo(String email) {
        BackgroundWork.awaitIdle();
        List<Long> ids = jdbc.queryForList("select id from email_log where recipient = ? and status = 'FAILED'", Long.class, email);
        assertThat(ids).as("failed e-mails to " + email).isNotEmpty();
        return ids.get(0);
    }

    @Test
    void aMessageLeftPendingByACrashIsSentByTheSweep() {
        String email = "stranded-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test";
        OutgoingMail mail = new OutgoingMail(email, "Stranded", "<p>stranded</p>", "stranded");
        emailLog.save(new EmailLogEntry(null, email, MailType.TEST, mail.subject(),
                cipher.encrypt(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(mail)), clock.instant()));
        clock.advance(java.time.Duration.ofMinutes(10));
        work.sweep(delivery);
        assertThat(jdbc.queryForObject("select status from email_log where recipient = ?", String.class, email)).isEqualTo("SENT");
        assertThat(TestMail.await(email, 1)).hasSize(1);
    }

    @Test
    void theTestMailGoesToTheSignedInAdmin() {
        AccountView admin = accounts.createVerified("test-mail-" + UUID.randomUUID().toString().substring(0, 6) + "@example.test",
                "Tess", "Tester", "test mail secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "test mail secret");
        web.get("/admin/settings/email");
        assertThat(web.post("/admin/settings/email/test", Map.of()).location()).endsWith("/admin/settings/email");
        assertThat(TestMail.await(admin.email(), 1).get(0)).isNotNull();
    }
}
