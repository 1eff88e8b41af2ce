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

    /**
     * {@code colour} as text on {@code background}: unchanged when it reaches WCAG AA's 4.5:1, else mixed towards black
     * (on a light background) or white (on a dark one) in small steps until it does, so it keeps its hue.
     */
    static String readableOn(String colour, String background) {
        boolean lightBackground = ratio(background, DARK_TEXT) >= ratio(background, LIGHT_TEXT);
        int target = lightBackground ? 0x000000 : 0xffffff;
        int rgb = Integer.parseInt(colour.substring(1), 16);
        for (int step = 0; step <= MIX_STEPS; step++) {
            String mixed = hex(mix(rgb, target, step / (double) MIX_STEPS));
            if (ratio(mixed, background) >= AA_TEXT) {
                return mixed;
            }
        }
        return hex(target);
    }

    private static final double AA_TEXT = 4.5;
    private static final int MIX_STEPS = 40;

    private static int mix(int rgb, int target, double share) {
        int result = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int from = rgb >> shift & 0xff;
            int to = target >> shift & 0xff;
            result |= (int) Math.round(from + (to - from) * share) << shift;
        }
        return result;
    }

    private static String hex(int rgb) {
        return String.format("#%06x", rgb);
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
