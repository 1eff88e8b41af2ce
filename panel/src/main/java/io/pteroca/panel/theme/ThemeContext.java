package io.pteroca.panel.theme;

import java.util.Locale;

/**
 * The parts of the panel a theme may restyle. A theme declares the ones it takes part in; its templates for the
 * others are ignored, so a theme that only brands the e-mails cannot change the pages by accident.
 */
enum ThemeContext {
    /** Every page and fragment that is neither the landing page nor an e-mail: the client area, admin, errors. */
    PANEL,
    /** The landing page visitors see at {@code /}. */
    LANDING,
    /** E-mails: {@code fragments/mail} and the templates in a {@code mail/} folder (admin screens there excepted). */
    EMAIL;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ThemeContext fromId(String id) {
        for (ThemeContext context : values()) {
            if (context.id().equals(id)) {
                return context;
            }
        }
        return null;
    }

    /** The context a template belongs to, by its name (e.g. {@code account/mail/welcome} or {@code landing/landing}). */
    static ThemeContext of(String template) {
        String name = template.endsWith(".txt") ? template.substring(0, template.length() - 4) : template;
        if (name.startsWith("landing/")) {
            return LANDING;
        }
        int slash = name.lastIndexOf('/');
        String folder = slash < 0 ? "" : name.substring(0, slash);
        String file = name.substring(slash + 1);
        boolean mailFolder = folder.equals("mail") || folder.endsWith("/mail");
        if (name.equals("fragments/mail") || mailFolder && !file.startsWith("admin-")) {
            return EMAIL;
        }
        return PANEL;
    }
}
