package io.pteroca.panel.web;

/** WCAG 2 contrast between colours, to pick text that stays readable on the admin's chosen colours. */
final class Contrast {

    static final String LIGHT_TEXT = "#ffffff";
    static final String DARK_TEXT = "#000000";

    private Contrast() {
    }

    /** White or black (with these two, every colour reaches at least 4.58:1), whichever reads better on {@code background} ({@code #rrggbb}). */
    static String readableTextOn(String background) {
        return ratio(background, LIGHT_TEXT) >= ratio(background, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
    }

    /** The WCAG contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
