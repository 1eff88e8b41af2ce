package io.pteroca.panel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text on the admin's colours is readable (WCAG AA, 4.5:1), and the default colours read well as links too. */
class ContrastTest {

    @Test
    void ratiosAreWcags() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(0.01));
        assertThat(Contrast.ratio("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
        assertThat(Contrast.ratio("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#4466d6", "#7c8bfd", "#ffd400", "#00ff00", "#1a1a1a", "#e83e8c", "#ffffff", "#000000"})
    void navbarAndButtonTextIsReadableOnAnyReasonableColour(String colour) {
        String text = Contrast.readableTextOn(colour);
        assertThat(Contrast.ratio(colour, text)).as(colour + " with " + text).isGreaterThanOrEqualTo(4.5);
        assertThat(ThemeCssController.rules(":root", colour, ThemeCssController.LIGHT_BODY)).contains("--bs-navbar-color: " + text)
                .contains("--bs-btn-color: " + text);
    }

    @Test
    void theDefaultColoursReadAsLinksOnTheirBackgrounds() {
        assertThat(Contrast.ratio("#4466d6", "#ffffff")).as("light mode links on white").isGreaterThanOrEqualTo(4.5);
        assertThat(Contrast.ratio("#7c8bfd", "#212529")).as("dark mode links on Bootstrap's dark body").isGreaterThanOrEqualTo(4.5);
    }

    /** A yellow or pale brand colour still colours the navbar and buttons, but links in it would be unreadable. */
    @ParameterizedTest
    @ValueSource(strings = {"#4466d6", "#7c8bfd", "#ffd400", "#00ff00", "#1a1a1a", "#e83e8c", "#ffffff", "#000000", "#777777"})
    void linksAndOutlinedButtonsAreShadedUntilTheyReadOnThePage(String colour) {
        for (String page : List.of(ThemeCssController.LIGHT_BODY, ThemeCssController.DARK_BODY)) {
            String shaded = Contrast.readableOn(colour, page);
            assertThat(Contrast.ratio(shaded, page)).as(colour + " on " + page + " as " + shaded).isGreaterThanOrEqualTo(4.5);
            String css = ThemeCssController.rules(":root", colour, page);
            assertThat(css).contains("--bs-link-color: " + shaded).contains("--bs-primary: " + colour)
                    .contains(".btn-outline-primary { --bs-btn-color: " + shaded);
        }
        assertThat(Contrast.readableOn("#4466d6", ThemeCssController.LIGHT_BODY)).as("a readable colour is kept").isEqualTo("#4466d6");
        assertThat(Contrast.readableOn("#ffd400", ThemeCssController.LIGHT_BODY)).as("yellow turns to a dark gold")
                .isNotEqualTo("#ffd400").startsWith("#");
    }
}
