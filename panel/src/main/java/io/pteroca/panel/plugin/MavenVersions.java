package io.pteroca.panel.plugin;

/**
 * Orders Maven versions the way advisories mean them: numbers numerically part by part ({@code 2.9.10} before
 * {@code 2.10.0}), a pre-release qualifier ({@code -rc1}, {@code -SNAPSHOT}) before its release.
 */
final class MavenVersions {

    private MavenVersions() {
    }

    static int compare(String left, String right) {
        String[] a = left.split("[.\\-_]");
        String[] b = right.split("[.\\-_]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : null;
            String y = i < b.length ? b[i] : null;
            int order = comparePart(x, y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int comparePart(String x, String y) {
        if (x == null) {
            return y.chars().allMatch(Character::isDigit) ? (Long.parseLong(y) == 0 ? 0 : -1) : qualifierAfterRelease(y);
        }
        if (y == null) {
            return -comparePart(y, x);
        }
        boolean xNumber = x.chars().allMatch(Character::isDigit) && !x.isEmpty();
        boolean yNumber = y.chars().allMatch(Character::isDigit) && !y.isEmpty();
        if (xNumber && yNumber) {
            return new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
        }
        if (xNumber) {
            return 1;
        }
        if (yNumber) {
            return -1;
        }
        return x.compareToIgnoreCase(y);
    }

    /** {@code 1.0} against {@code 1.0-rc1}: the release is later; against {@code 1.0.Final} or {@code -sp1} too. */
    private static int qualifierAfterRelease(String qualifier) {
        String q = qualifier.toLowerCase(java.util.Locale.ROOT);
        return q.equals("final") || q.equals("ga") || q.equals("release") ? 0 : q.startsWith("sp") ? -1 : 1;
    }
}
