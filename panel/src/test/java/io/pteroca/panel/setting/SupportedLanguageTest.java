package io.pteroca.panel.setting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

    private static String supported(String tag) {
        Locale locale = SiteSettings.supported(tag);
        return locale == null ? null : locale.toLanguageTag();
    }

    @Test
    void anExactTagOrItsLanguageIsOneOfOurs() {
        assertThat(supported("de")).isEqualTo("de");
        assertThat(supported("de-AT")).isEqualTo("de");
        assertThat(supported("pt-BR")).isEqualTo("pt-BR");
        assertThat(supported("pt_BR")).isEqualTo("pt-BR");
        assertThat(supported("pt")).isEqualTo("pt-BR");
        assertThat(supported("zh-CN")).isEqualTo("zh-CN");
        assertThat(supported("zh-Hans-CN")).isEqualTo("zh-CN");
        assertThat(supported("zh-TW")).isEqualTo("zh-CN");
        assertThat(supported("en-US")).isEqualTo("en");
    }

    @Test
    void anUnknownOrEmptyTagIsNotSupported() {
        assertThat(supported("ja")).isNull();
        assertThat(supported("")).isNull();
        assertThat(supported(null)).isNull();
        assertThat(supported("not a tag")).isNull();
    }

    @Test
    void everyLanguageIsSupportedAsItself() {
        assertThat(SiteSettings.LANGUAGES).allSatisfy(tag -> assertThat(supported(tag)).isEqualTo(tag));
    }
}
