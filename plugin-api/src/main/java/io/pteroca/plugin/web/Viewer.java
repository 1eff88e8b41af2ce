package io.pteroca.plugin.web;

import java.util.Locale;

/** The signed-in account looking at a page, widget or tab. */
public record Viewer(long accountId, String email, boolean admin, Locale locale) {
}
