package io.pteroca.panel.theme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The panel versions a theme was made for, written as comma-separated bounds such as {@code ">=0.1, <1.0"}.
 * Versions compare by their numbers; a qualifier such as {@code -SNAPSHOT} is ignored.
 */
final class PanelVersions {

    private static final Pattern BOUND = Pattern.compile("\\s*(>=|<=|>|<|=)?\\s*(\\d+(?:\\.\\d+){0,2})\\s*");

    private PanelVersions() {
    }

    static boolean valid(String range) {
        for (String bound : range.split(",")) {
            if (!BOUND.matcher(bound).matches()) {
                return false;
            }
        }
        return true;
    }

    static boolean includes(String range, String version) {
        int[] actual = numbers(version);
        for (String bound : range.split(",")) {
            Matcher matcher = BOUND.matcher(bound);
            if (!matcher.matches()) {
                return false;
            }
            int comparison = compare(actual, numbers(matcher.group(2)));
            String operator = matcher.group(1) == null ? "=" : matcher.group(1);
            boolean holds = switch (operator) {
                case ">=" -> comparison >= 0;
                case ">" -> comparison > 0;
                case "<=" -> comparison <= 0;
                case "<" -> comparison < 0;
                default -> comparison == 0;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static int[] numbers(String version) {
        int[] numbers = new int[3];
        Matcher digits = Pattern.compile("\\d+").matcher(version.split("[-+]", 2)[0]);
        for (int i = 0; i < 3 && digits.find(); i++) {
            numbers[i] = Integer.parseInt(digits.group());
        }
        return numbers;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
