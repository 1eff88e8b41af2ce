package io.pteroca.panel.web;

import io.pteroca.panel.account.AccountSettings;
import io.pteroca.panel.setting.SiteSettings;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout shows: site title, logo, colours, the colour mode, whether there are terms to link and
 * whether visitors may register, and the languages a visitor may switch to.
 */
@ControllerAdvice
class LayoutModel {

    private final SiteSettings site;
    private final AppearanceSettings appearance;
    private final AccountSettings accounts;
    private final List<Language> languages;

    private final boolean demo;

    LayoutModel(SiteSettings site, AppearanceSettings appearance, AccountSettings accounts, MessageSource messages,
                @org.springframework.beans.factory.annotation.Value("${pteroca.demo:false}") boolean demo) {
        this.site = site;
        this.appearance = appearance;
        this.accounts = accounts;
        this.demo = demo;
        this.languages = SiteSettings.LANGUAGES.stream().map(tag -> new Language(tag,
                messages.getMessage("option." + tag, null, tag, Locale.forLanguageTag(tag)))).toList();
    }

    @ModelAttribute("layout")
    Layout layout() {
        return new Layout(site.title(), site.logoUrl(), site.faviconUrl(), appearance.defaultMode(),
                appearance.primaryColor(), appearance.darkPrimaryColor(), demo, !accounts.termsOfService().isBlank(),
                accounts.registrationOpen(), languages);
    }

    /** Values the layout template reads. */
    record Layout(String siteTitle, String logoUrl, String faviconUrl, String defaultMode, String primaryColor,
                  String darkPrimaryColor, boolean demo, boolean terms, boolean registrationOpen,
                  List<Language> languages) {
    }

    /** A language of the visitor's menu, named in itself (Deutsch, not German). */
    record Language(String tag, String name) {
    }
}
