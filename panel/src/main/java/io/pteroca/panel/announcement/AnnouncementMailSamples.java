package io.pteroca.panel.announcement;

import io.pteroca.panel.mail.MailSamples;
import io.pteroca.panel.setting.SiteSettings;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A made-up announcement as customers receive it, for the admin's e-mail previews. */
@Component
class AnnouncementMailSamples implements MailSamples {

    private final SiteSettings site;
    private final MessageSource messages;

    AnnouncementMailSamples(SiteSettings site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    @Override
    public List<MailSample> samples(Locale locale) {
        String title = messages.getMessage("mail.preview.announcementTitle", null, locale);
        Element body = new Element("p").text(messages.getMessage("mail.preview.announcementBody", null, locale));
        String html = body.outerHtml();
        return List.of(new MailSample("announcement", AnnouncementMailing.request(site, title, html,
                Jsoup.parse(html).wholeText(), "alex@example.com", null, "Alex", locale)));
    }
}
