package io.pteroca.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Collects Laravel-style validation errors for one request body; throw() answers them together. */
public final class Validator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JsonNode body;
    private final List<ApiException.ErrorEntry> errors = new ArrayList<>();

    public Validator(JsonNode body) {
        this.body = body;
    }

    /** The value at a dotted path, or null when absent. */
    public JsonNode at(String path) {
        JsonNode node = body;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }

    public static String label(String field) {
        return field.replace('_', ' ');
    }

    public boolean has(String field) {
        return !errors.stream().anyMatch(e -> e.sourceField().equals(field));
    }

    public Validator fail(String field, String rule, String detail) {
        errors.add(new ApiException.ErrorEntry("ValidationException", 422, detail, field, rule));
        return this;
    }

    /** Laravel's required: absent, null, empty string or empty array fail. */
    public boolean required(String field, String label) {
        JsonNode v = at(field);
        if (v == null || v.isNull() || (v.isString() && v.asString().trim().isEmpty()) || (v.isContainer() && v.isEmpty())) {
            fail(field, "required", "The " + label + " field is required.");
            return false;
        }
        return true;
    }

    public boolean required(String field) {
        return required(field, label(field));
    }

    public boolean present(String field, String label) {
        if (at(field) == null) {
            fail(field, "present", "The " + label + " field must be present.");
            return false;
        }
        return true;
    }

    public boolean present(String field) {
        return present(field, label(field));
    }

    public void email(String field) {
        JsonNode v = at(field);
        if (v != null && !v.isNull() && !(v.isString() && EMAIL.matcher(v.asString()).matches())) {
            fail(field, "email", "The " + label(field) + " must be a valid email address.");
        }
    }

    public void unique(String field, String label, boolean taken) {
        if (taken) {
            fail(field, "unique", "The " + label + " has already been taken.");
        }
    }

    public void in(String field, String label, List<String> allowed) {
        JsonNode v = at(field);
        if (v != null && !v.isNull() && !(v.isValueNode() && allowed.contains(v.asString()))) {
            fail(field, "in", "The selected " + label + " is invalid.");
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    public String string(String field) {
        JsonNode v = at(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    public static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
