package io.pteroca.emulator.client;

import java.util.regex.Pattern;

import io.pteroca.emulator.http.ApiException;

/** The subset of Laravel rules the seeded eggs use, applied to a startup variable's "value". */
final class VariableRules {

    private VariableRules() {
    }

    static void check(String rules, String value) {
        boolean nullable = false;
        for (String rule : rules.split("\\|")) {
            String name = rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule;
            String arg = rule.contains(":") ? rule.substring(rule.indexOf(':') + 1) : "";
            if (name.equals("nullable")) {
                nullable = true;
            }
            if (value.isEmpty()) {
                if (name.equals("required")) {
                    fail("required", "The value field is required.");
                }
                if (nullable) {
                    return;
                }
                continue;
            }
            switch (name) {
                case "regex" -> {
                    String body = arg.substring(1, arg.lastIndexOf('/'));
                    if (!Pattern.compile(body).matcher(value).find()) {
                        fail("regex", "The value format is invalid.");
                    }
                }
                case "max" -> {
                    if (value.length() > Integer.parseInt(arg)) {
                        fail("max", "The value may not be greater than " + arg + " characters.");
                    }
                }
                case "numeric" -> {
                    if (!value.matches("-?\\d+(\\.\\d+)?")) {
                        fail("numeric", "The value must be a number.");
                    }
                }
                case "alpha_num" -> {
                    if (!value.matches("[\\p{L}\\p{N}]+")) {
                        fail("alpha_num", "The value may only contain letters and numbers.");
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void fail(String rule, String detail) {
        throw ApiException.validation("value", rule, detail);
    }
}
