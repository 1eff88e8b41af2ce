package io.pteroca.panel.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Role;
import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Admin → E-mail log → Previews: every kind of e-mail the panel sends has a preview, each renders (HTML in a
 * sandboxed frame and plain text) in English and in Polish without a missing message, and only staff who may read the
 * e-mail log see them; previewing sends and logs nothing.
 */
class MailPreviewTest extends IntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    List<MailSamples> features;

    @Test
    void everyKindOfEmailHasAPreviewThatRendersInTwoLanguages() {
        List<MailSamples.MailSample> samples = features.stream().flatMap(f -> f.samples(Locale.ENGLISH).stream()).toList();
        Set<MailType> previewed = samples.stream().map(sample -> sample.request().type()).collect(Collectors.toSet());
        assertThat(previewed).as("every kind of e-mail").containsExactlyInAnyOrderElementsOf(Arrays.asList(MailType.values()));
        assertThat(samples.stream().map(MailSamples.MailSample::id).distinct()).hasSameSizeAs(samples);

        String suffix = UUID.randomUUID().toString().substring(0, 6);
        AccountView admin = accounts.createVerified("previews-" + suffix + "@example.test", "Pia", "Preview",
                "preview admin secret", Role.ADMIN, "test");
        WebSession web = browser();
        web.signIn(admin.email(), "preview admin secret");
        long logged = jdbc.queryForObject("SELECT COUNT(*) FROM email_log", Long.class);

        for (String language : List.of("en", "pl")) {
            WebSession.Page list = web.get("/admin/email-log/previews?lang=" + language);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).doesNotContain("??");
            for (MailSamples.MailSample sample : samples) {
                assertThat(list.body()).contains("id=\"preview-" + sample.id() + "\"");
                WebSession.Page page = web.get("/admin/email-log/previews/" + sample.id());
                assertThat(page.status()).as(sample.id()).isEqualTo(200);
                assertThat(page.body()).as(sample.id()).contains("id=\"preview-text\"").contains("id=\"preview-html\"")
                        .doesNotContain("??");
                WebSession.Page html = web.get("/admin/email-log/previews/" + sample.id() + "/html");
                assertThat(html.status()).as(sample.id()).isEqualTo(200);
                assertThat(html.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
                assertThat(html.body()).as(sample.id()).contains("<html").doesNotContain("??");
            }
        }
        assertThat(web.get("/admin/email-log/previews/account-welcome?lang=pl").body()).contains("Alex");
        assertThat(web.get("/admin/email-log/previews/no-such-mail").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM email_log", Long.class)).as("nothing sent").isEqualTo(logged);

        AccountView customer = accounts.createVerified("previews-customer-" + suffix + "@example.test", "Cy", "Customer",
                "preview customer secret", Role.USER, "test");
        WebSession customerWeb = browser();
        customerWeb.signIn(customer.email(), "preview customer secret");
        assertThat(customerWeb.get("/admin/email-log/previews").status()).isIn(403, 404);
    }

    /** A provider selling in euros previews "9.99 EUR", not an amount in a currency it never charges. */
    @Test
    void amountsInPreviewsAreInTheSitesCurrency() {
        var currency = settings.definition("wallet.currency").orElseThrow();
        settings.set(currency, "EUR");
        try {
            List<MailSamples.MailSample> samples = features.stream().flatMap(f -> f.samples(Locale.ENGLISH).stream()).toList();
            List<String> texts = samples.stream().map(sample -> java.util.Arrays.deepToString(sample.request().subjectArgs())
                    + sample.request().model().values().stream()
                            .map(value -> value instanceof Object[] array ? java.util.Arrays.deepToString(array) : String.valueOf(value))
                            .collect(Collectors.joining(" "))).toList();
            assertThat(texts).as("previews naming an amount").anyMatch(text -> text.contains("9.99 EUR"))
                    .noneMatch(text -> text.contains("USD"));
        } finally {
            settings.set(currency, "USD");
        }
    }

    /** Every e-mail carries the site's colour and logo, the uploaded logo with the site's own address. */
    @Test
    void emailsCarryTheSitesColourAndLogo() {
        var colour = settings.definition("appearance.primary_color").orElseThrow();
        var logo = settings.definition("site.logo_url").orElseThrow();
        settings.set(colour, "#aa3300");
        settings.set(logo, "https://cdn.example.com/brand/logo.png");
        try {
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            AccountView admin = accounts.createVerified("brand-" + suffix + "@example.test", "Bea", "Brand",
                    "preview admin secret", Role.ADMIN, "test");
            WebSession web = browser();
            web.signIn(admin.email(), "preview admin secret");
            for (String id : List.of("account-welcome", "server-renewed")) {
                String html = web.get("/admin/email-log/previews/" + id + "/html").body();
                assertThat(html).as(id).contains("border-top: 4px solid #aa3300")
                        .contains("src=\"https://cdn.example.com/brand/logo.png\"");
            }
        } finally {
            settings.set(colour, "#4466d6");
            settings.set(logo, "");
        }
    }
}
