package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.Race;
import io.pteroca.panel.support.WebSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Parallel requests of one session (tabs, double clicks) that each leave a message for the next page: each adds the
 * same session attribute, which must not end in a duplicate key and a 500.
 */
class ConcurrentSessionRequestsTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @Test
    void parallelRequestsOfOneSessionAllGetTheirAnswer() throws InterruptedException {
        for (int round = 0; round < 5; round++) {
            AccountView customer = accounts.createVerified("tabs-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                    "Many", "Tabs", "parallel tabs secret", Role.USER, "test");
            WebSession web = browser();
            web.signIn(customer.email(), "parallel tabs secret");
            web.get("/account");
            List<Object> answers = Race.of(8, () -> web.post("/account/profile", Map.of("firstName", "Many", "lastName", "Tabs")).status());
            // 409: two renames of one account at once, the later told so (optimistic lock); never a 500.
            assertThat(answers).as("round " + round).isSubsetOf(302, 409).contains(302);
        }
    }
}
