package io.pteroca.panel.setting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pteroca.panel.shared.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingValidatorTest {

    private final SettingValidator validator = new SettingValidator();

    private static SettingDefinition of(SettingType type) {
        return SettingDefinition.of("test.key", type, SettingGroup.GENERAL, "", 0);
    }

    @Test
    void urlsMustBeHttpWithAHostAndLoseTheirTrailingSlash() {
        assertThat(validator.normalize(of(SettingType.URL), " https://panel.example.com/ ")).isEqualTo("https://panel.example.com");
        for (String bad : List.of("javascript:alert(1)", "ftp://example.com", "//example.com", "not a url", "http://")) {
            assertThatThrownBy(() -> validator.normalize(of(SettingType.URL), bad)).as(bad)
                    .isInstanceOf(Refusal.class);
        }
    }

    @Test
    void timeZonesMustBeKnownToJavaAndAreStoredAsJavaSpellsThem() {
        assertThat(validator.normalize(of(SettingType.TIME_ZONE), "Europe/Warsaw")).isEqualTo("Europe/Warsaw");
        assertThat(validator.normalize(of(SettingType.TIME_ZONE), " america/new_york ")).isEqualTo("America/New_York");
        assertThat(validator.normalize(of(SettingType.TIME_ZONE), "utc")).isEqualTo("UTC");
        assertThat(validator.normalize(of(SettingType.TIME_ZONE), "+02:00")).isEqualTo("+02:00");
        for (String bad : List.of("Europe/Warsawa", "Mars/Olympus_Mons", "CEST", "+25:00", "Europe/Warsaw; drop")) {
            assertThatThrownBy(() -> validator.normalize(of(SettingType.TIME_ZONE), bad)).as(bad)
                    .isInstanceOf(Refusal.class).hasMessage("setting.error.timeZone");
        }
    }

    @Test
    void coloursNumbersBooleansAndOptionsAreChecked() {
        assertThat(validator.normalize(of(SettingType.COLOR), "#AABBCC")).isEqualTo("#aabbcc");
        assertThatThrownBy(() -> validator.normalize(of(SettingType.COLOR), "red")).isInstanceOf(Refusal.class);
        assertThat(validator.normalize(of(SettingType.NUMBER), "0587")).isEqualTo("587");
        assertThatThrownBy(() -> validator.normalize(of(SettingType.NUMBER), "1e3")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> validator.normalize(of(SettingType.BOOLEAN), "yes")).isInstanceOf(Refusal.class);
        SettingDefinition select = SettingDefinition.select("test.select", SettingGroup.GENERAL, "a", 0, List.of("a", "b"));
        assertThat(validator.normalize(select, "b")).isEqualTo("b");
        assertThatThrownBy(() -> validator.normalize(select, "c")).isInstanceOf(Refusal.class);
    }

    @Test
    void textIsOneLineAndHtmlIsSanitised() {
        assertThatThrownBy(() -> validator.normalize(of(SettingType.TEXT), "two\nlines")).isInstanceOf(Refusal.class);
        String html = validator.normalize(of(SettingType.HTML),
                "<p>Hi <a href=\"javascript:evil()\">x</a><img src=x onerror=alert(1)></p><script>alert(2)</script>");
        assertThat(html).contains("<p>Hi").doesNotContain("javascript").doesNotContain("onerror").doesNotContain("<script");
    }

    @Test
    void anIbanNeedsMatchingCheckDigitsAndIsStoredCompact() {
        assertThat(validator.normalize(of(SettingType.IBAN), "de89 3704 0044 0532 0130 00")).isEqualTo("DE89370400440532013000");
        assertThat(validator.normalize(of(SettingType.IBAN), "PL61109010140000071219812874")).isEqualTo("PL61109010140000071219812874");
        for (String bad : List.of("DE88 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01", "NOTANIBAN", "DE89")) {
            assertThatThrownBy(() -> validator.normalize(of(SettingType.IBAN), bad)).as(bad)
                    .isInstanceOf(Refusal.class).hasMessage("setting.error.iban");
        }
    }

    @Test
    void emptyMeansBackToTheDefault() {
        assertThat(validator.normalize(of(SettingType.URL), "   ")).isEmpty();
    }
}
