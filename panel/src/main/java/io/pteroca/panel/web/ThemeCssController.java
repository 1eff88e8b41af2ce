package io.pteroca.panel.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin's colours as a stylesheet: inline styles are forbidden by our content security policy. */
@RestController
class ThemeCssController {

    /** Bootstrap's page backgrounds in the two modes, which links and outlined buttons are read against. */
    static final String LIGHT_BODY = "#ffffff";
    static final String DARK_BODY = "#212529";

    private final AppearanceSettings appearance;

    ThemeCssController(AppearanceSettings appearance) {
        this.appearance = appearance;
    }

    @GetMapping(value = "/css/theme.css", produces = "text/css")
    ResponseEntity<String> themeCss() {
        String css = rules(":root, [data-bs-theme=light]", appearance.primaryColor(), LIGHT_BODY)
                + rules("[data-bs-theme=dark]", appearance.darkPrimaryColor(), DARK_BODY);
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .body(css);
    }

    /**
     * Colours were validated as #rrggbb when saved, so they are safe to print. Text on the colour (navbar links,
     * buttons) is white or black, whichever meets the contrast a person needs to read it. Where the colour itself is
     * text on the page (links, outlined buttons), a colour too pale or too dark for the page is shaded until it reads.
     */
    static String rules(String scope, String color, String page) {
        String text = Contrast.readableTextOn(color);
        String onPage = Contrast.readableOn(color, page);
        return scope + " { --bs-primary: " + color + "; --bs-link-color: " + onPage + "; --bs-link-hover-color: " + onPage + "; }\n"
                + scope + " .btn-primary { --bs-btn-bg: " + color + "; --bs-btn-border-color: " + color
                + "; --bs-btn-hover-bg: " + color + "; --bs-btn-hover-border-color: " + color
                + "; --bs-btn-active-bg: " + color + "; --bs-btn-color: " + text + "; --bs-btn-hover-color: " + text
                + "; --bs-btn-active-color: " + text + "; }\n"
                + scope + " .btn-outline-primary { --bs-btn-color: " + onPage + "; --bs-btn-border-color: " + color
                + "; --bs-btn-hover-bg: " + color + "; --bs-btn-hover-border-color: " + color + "; --bs-btn-hover-color: " + text
                + "; --bs-btn-active-bg: " + color + "; --bs-btn-active-border-color: " + color + "; --bs-btn-active-color: "
                + text + "; }\n"
                // The light/dark switch in the navbar: outlined in the navbar's own text colour, so it reads on any colour.
                + scope + " .navbar.bg-primary-theme .btn-outline-light { --bs-btn-color: " + text + "; --bs-btn-border-color: "
                + text + "; --bs-btn-hover-bg: " + text + "; --bs-btn-hover-border-color: " + text + "; --bs-btn-hover-color: "
                + color + "; --bs-btn-active-bg: " + text + "; --bs-btn-active-color: " + color + "; }\n"
                + scope + " .navbar.bg-primary-theme { background-color: " + color + "; --bs-navbar-color: " + text
                + "; --bs-navbar-hover-color: " + text + "; --bs-navbar-active-color: " + text + "; --bs-navbar-brand-color: "
                + text + "; --bs-navbar-brand-hover-color: " + text + "; }\n";
    }
}
