package io.pteroca.panel.catalog;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a customer's value for an egg variable against the egg's Laravel validation rules (the ones eggs use:
 * required, nullable, string, integer, numeric, boolean, alpha_num, alpha_dash, min, max, between, digits_between,
 * in, regex), so Pterodactyl never refuses what the panel accepted. Unknown rules are ignored, as they cannot be
 * checked here; Pterodactyl still has the last word.
 */
public final class EggVariableRules {

    private EggVariableRules() {
    }

    /**
     * One rule in words for customers: a message key ({@code egg.rule.*}) with its arguments; as an argument of another
     * message it is resolved in the reader's language.
     */
    public record RuleText(String key, Object... args) implements MessageSourceResolvable, java.io.Serializable {

        @Override
        public String[] getCodes() {
            return new String[] {key};
        }

        @Override
        public Object[] getArguments() {
            return args;
        }
    }

    /** The rules in words, in the egg's order; rules that say nothing to a customer ({@code string}) are left out. */
    public static List<RuleText> describe(String rules) {
        String[] all = rules == null ? new String[0] : rules.split("\\|");
        boolean numeric = Arrays.stream(all).anyMatch(rule -> rule.equals("integer") || rule.equals("numeric"));
        List<RuleText> texts = new ArrayList<>();
        for (String rule : all) {
            String name = rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule;
            String argument = rule.contains(":") ? rule.substring(rule.indexOf(':') + 1) : "";
            RuleText text = text(name, argument, numeric);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The broken rule ({@link #violation}'s answer) in words. */
    public static RuleText explain(String rules, String broken) {
        String[] all = rules == null ? new String[0] : rules.split("\\|");
        boolean numeric = Arrays.stream(all).anyMatch(rule -> rule.equals("integer") || rule.equals("numeric"));
        for (String rule : all) {
            String name = rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule;
            if (name.equals(broken)) {
                RuleText text = text(name, rule.contains(":") ? rule.substring(rule.indexOf(':') + 1) : "", numeric);
                if (text != null) {
                    return text;
                }
            }
        }
        return new RuleText("egg.rule.regex");
    }

    private static RuleText text(String name, String argument, boolean numeric) {
        String[] bounds = argument.split(",");
        return switch (name) {
            case "required" -> new RuleText("egg.rule.required");
            case "nullable" -> new RuleText("egg.rule.nullable");
            case "integer" -> new RuleText("egg.rule.integer");
            case "numeric" -> new RuleText("egg.rule.numeric");
            case "boolean" -> new RuleText("egg.rule.boolean");
            case "alpha_num" -> new RuleText("egg.rule.alphaNum");
            case "alpha_dash" -> new RuleText("egg.rule.alphaDash");
            case "min" -> new RuleText(numeric ? "egg.rule.minNumber" : "egg.rule.minChars", argument);
            case "max" -> new RuleText(numeric ? "egg.rule.maxNumber" : "egg.rule.maxChars", argument);
            case "between" -> bounds.length == 2
                    ? new RuleText(numeric ? "egg.rule.betweenNumber" : "egg.rule.betweenChars", bounds[0], bounds[1]) : null;
            case "digits_between" -> bounds.length == 2 ? new RuleText("egg.rule.digitsBetween", bounds[0], bounds[1]) : null;
            case "in" -> new RuleText("egg.rule.in", String.join(", ", bounds));
            case "regex" -> new RuleText("egg.rule.regex");
            default -> null;
        };
    }

    /** The first rule the value breaks (e.g. {@code "max"}), or empty when it passes. */
    public static Optional<String> violation(String rules, String value) {
        String[] all = rules == null ? new String[0] : rules.split("\\|");
        boolean numeric = Arrays.stream(all).anyMatch(rule -> rule.equals("integer") || rule.equals("numeric"));
        if (value == null || value.isEmpty()) {
            return Arrays.asList(all).contains("required") ? Optional.of("required") : Optional.empty();
        }
        for (String rule : all) {
            String name = rule.contains(":") ? rule.substring(0, rule.indexOf(':')) : rule;
            String argument = rule.contains(":") ? rule.substring(rule.indexOf(':') + 1) : "";
            if (!passes(name, argument, value, numeric)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean passes(String rule, String argument, String value, boolean numeric) {
        return switch (rule) {
            case "integer" -> value.matches("-?\\d{1,18}");
            case "numeric" -> value.matches("-?\\d{1,18}(\\.\\d+)?");
            case "boolean" -> value.matches("0|1|true|false");
            case "alpha_num" -> value.matches("[\\p{L}\\p{N}]+");
            case "alpha_dash" -> value.matches("[\\p{L}\\p{N}_-]+");
            case "min" -> size(value, numeric) >= Double.parseDouble(argument);
            case "max" -> size(value, numeric) <= Double.parseDouble(argument);
            case "between" -> between(size(value, numeric), argument);
            case "digits_between" -> value.matches("\\d+") && between(value.length(), argument);
            case "in" -> Arrays.asList(argument.split(",")).contains(value);
            case "regex" -> regex(argument, value);
            default -> true;
        };
    }

    private static double size(String value, boolean numeric) {
        return numeric && value.matches("-?\\d{1,18}(\\.\\d+)?") ? Double.parseDouble(value) : value.length();
    }

    private static boolean between(double size, String argument) {
        String[] bounds = argument.split(",");
        return bounds.length == 2 && size >= Double.parseDouble(bounds[0]) && size <= Double.parseDouble(bounds[1]);
    }

    /** Laravel writes the pattern between delimiters, e.g. {@code /^[\w.]+$/}; flags after the last one are ignored. */
    private static boolean regex(String argument, String value) {
        int end = argument.lastIndexOf('/');
        if (!argument.startsWith("/") || end <= 0) {
            return true;
        }
        try {
            return Pattern.compile(argument.substring(1, end)).matcher(value).find();
        } catch (PatternSyntaxException unsupported) {
            return true;
        }
    }
}
