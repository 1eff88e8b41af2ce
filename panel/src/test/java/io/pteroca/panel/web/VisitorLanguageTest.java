package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pteroca.panel.support.IntegrationTest;
import io.pteroca.panel.support.WebSession;
import org.junit.jupiter.api.Test;

/** A visitor reads the browser's language until they pick one from the menu; the pick then sticks. */
class VisitorLanguageTest extends IntegrationTest {

    @Test
    void theBrowsersLanguageIsUsedUntilTheVisitorChoosesOne() {
        WebSession visitor = browser();
        WebSession.Page german = visitor.getAcceptingLanguage("/login", "de-DE,de;q=0.9,en;q=0.5");
        assertThat(german.body()).containsPattern("<html[^>]* lang=\"de\"").contains("Anmelden").doesNotContain(">Sign in<");

        WebSession.Page french = visitor.getAcceptingLanguage("/login?lang=fr", "de-DE,de;q=0.9");
        assertThat(french.body()).containsPattern("<html[^>]* lang=\"fr\"").contains("Se connecter");
        assertThat(visitor.getAcceptingLanguage("/store", "de-DE,de;q=0.9").body())
                .as("the choice outlives the browser's wish").containsPattern("<html[^>]* lang=\"fr\"");
    }

    @Test
    void theFirstBrowserLanguageWeSpeakWinsAndARegionFallsBackToOurTranslationOfTheLanguage() {
        assertThat(browser().getAcceptingLanguage("/login", "ja-JP,ja;q=0.9,es;q=0.8,de;q=0.7").body())
                .containsPattern("<html[^>]* lang=\"es\"");
        assertThat(browser().getAcceptingLanguage("/login", "pt-PT,pt;q=0.9").body()).containsPattern("<html[^>]* lang=\"pt-BR\"");
        assertThat(browser().getAcceptingLanguage("/login", "ja-JP").body()).containsPattern("<html[^>]* lang=\"en\"");
    }

    @Test
    void theMenuOffersEveryLanguageInItsOwnName() {
        String body = browser().getAcceptingLanguage("/store?lang=zh-CN", "en").body();
        assertThat(body).containsPattern("<html[^>]* lang=\"zh-CN\"").contains("?lang=uk\"")
                .containsPattern(" lang=\"de\"[^>]*>Deutsch</a>")
                .containsPattern(" lang=\"pt-BR\"[^>]*>Português \\(Brasil\\)</a>");
    }
}
