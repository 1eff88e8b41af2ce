package io.pteroca.panel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.mail.MailTransport;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Outside the demo profile there is no mailbox, no Stripe stand-in, and mail goes to the SMTP server. */
class DemoOnlyTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aNormalPanelHasNoDemoPagesAndSendsMailBySmtp() {
        for (String path : new String[] {"/demo/mailbox", "/demo/mailbox/1/body", "/demo/stripe/checkout/cs_test_x",
            "/demo/stripe/v1/checkout/sessions/cs_test_x"}) {
            assertThat(browser().get(path).status()).as(path).isEqualTo(404);
        }
        WebSession visitor = browser();
        assertThat(visitor.get("/store").body()).doesNotContain("demo-mailbox-link").doesNotContain("id=\"demo-badge\"");
        visitor.get("/login");
        assertThat(visitor.post("/demo/stripe/v1/checkout/sessions", java.util.Map.of()).status()).isEqualTo(404);
        assertThat(context.getBeansOfType(DemoMailbox.class)).isEmpty();
        assertThat(context.getBeansOfType(DemoStripe.class)).isEmpty();
        assertThat(context.getBean(MailTransport.class).getClass().getSimpleName()).isEqualTo("SmtpTransport");
    }
}
