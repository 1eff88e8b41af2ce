package io.pteroca.panel.web;

import io.pteroca.panel.account.AccountSecurity;
import io.pteroca.panel.setting.SiteSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a page: the signed-in account's choice, else the visitor's choice (cookie, set with
 * {@code ?lang=}), else the browser's if we speak it, else the site default.
 */
class AccountLocaleResolver extends CookieLocaleResolver {

    private final SiteSettings site;

    AccountLocaleResolver(SiteSettings site) {
        super("pteroca_lang");
        this.site = site;
        setDefaultLocaleFunction(request -> {
            Locale browser = browserLanguage(request);
            return browser != null ? browser : site.defaultLocale();
        });
    }

    /** The first language in the browser's preference order (Accept-Language, by quality) that we speak, or null. */
    private static Locale browserLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return null;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale supported = SiteSettings.supported(wanted.toLanguageTag());
            if (supported != null) {
                return supported;
            }
        }
        return null;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale account = SiteSettings.supported(AccountSecurity.accountLanguage(request));
        if (account != null) {
            return account;
        }
        Locale chosen = super.resolveLocale(request);
        Locale supported = SiteSettings.supported(chosen.toLanguageTag());
        return supported != null ? supported : site.defaultLocale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : SiteSettings.supported(locale.toLanguageTag()));
    }
}
