package io.pteroca.pterodactyl.error;

/**
 * One entry of the panel's {@code errors} array. {@code sourceField} and {@code rule} come from
 * {@code meta} and are only set for validation errors ({@code rule} may be null even then).
 */
public record ApiError(String code, String status, String detail, String sourceField, String rule) {
}
