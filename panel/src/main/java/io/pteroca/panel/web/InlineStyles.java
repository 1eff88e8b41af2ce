package io.pteroca.panel.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Pages take their styles from our stylesheets only (CSP {@code style-src 'self'}). The console page is the one
 * exception: xterm.js's DOM renderer writes its theme and cell sizes into {@code <style>} elements and colours into
 * style attributes, both made by script at run time, so neither a hash nor a nonce can name them. Only that page
 * allows inline styles; styles cannot run script, and everything the page shows is escaped as everywhere else.
 */
public final class InlineStyles {

    static final String ATTRIBUTE = InlineStyles.class.getName();

    private InlineStyles() {
    }

    public static void allowForThisPage(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }
}
