package io.pteroca.panel.theme;

/**
 * One thing the checks found in a theme. Errors block activation and preview; warnings are shown.
 *
 * @param file       the file, relative to the theme's folder
 * @param line       its line, or 0 when the finding is about the whole file
 * @param messageKey what was found, in the admin's language
 * @param detail     the offending text, shown escaped
 */
record ThemeFinding(Severity severity, String file, int line, String messageKey, String detail) {

    enum Severity { ERROR, WARNING }

    static ThemeFinding error(String file, int line, String messageKey, String detail) {
        return new ThemeFinding(Severity.ERROR, file, line, messageKey, shorten(detail));
    }

    static ThemeFinding warning(String file, int line, String messageKey, String detail) {
        return new ThemeFinding(Severity.WARNING, file, line, messageKey, shorten(detail));
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }

    /** "templates/fragments/layout.html:12" */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    private static String shorten(String detail) {
        if (detail == null) {
            return "";
        }
        String oneLine = detail.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 160 ? oneLine.substring(0, 157) + "…" : oneLine;
    }
}
