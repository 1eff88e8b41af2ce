package io.pteroca.panel.account;

/** Supported captcha services, with the form field their widget fills in. */
enum CaptchaProvider {
    NONE(null, null),
    TURNSTILE("https://challenges.cloudflare.com/turnstile/v0/siteverify", "cf-turnstile-response"),
    RECAPTCHA("https://www.google.com/recaptcha/api/siteverify", "g-recaptcha-response");

    private final String verifyUrl;
    private final String responseField;

    CaptchaProvider(String verifyUrl, String responseField) {
        this.verifyUrl = verifyUrl;
        this.responseField = responseField;
    }

    String verifyUrl() {
        return verifyUrl;
    }

    String responseField() {
        return responseField;
    }
}
