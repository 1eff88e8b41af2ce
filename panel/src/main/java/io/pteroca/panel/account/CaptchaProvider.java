package io.pteroca.panel.account;

/** Supported captcha services, with the form field their widget fills in and the hosts its widget loads from. */
enum CaptchaProvider {
    NONE(null, null, ""),
    TURNSTILE("https://challenges.cloudflare.com/turnstile/v0/siteverify", "cf-turnstile-response",
            "https://challenges.cloudflare.com"),
    RECAPTCHA("https://www.google.com/recaptcha/api/siteverify", "g-recaptcha-response",
            "https://www.google.com https://www.gstatic.com");

    private final String verifyUrl;
    private final String responseField;
    private final String widgetSources;

    CaptchaProvider(String verifyUrl, String responseField, String widgetSources) {
        this.verifyUrl = verifyUrl;
        this.responseField = responseField;
        this.widgetSources = widgetSources;
    }

    /** The content security policy sources its widget needs, space-separated; empty for none. */
    String widgetSources() {
        return widgetSources;
    }

    String verifyUrl() {
        return verifyUrl;
    }

    String responseField() {
        return responseField;
    }
}
