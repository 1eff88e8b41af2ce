package io.pteroca.panel.catalog;

/** Why a catalog change was refused: a message key and its arguments, shown next to the form. */
public record Problem(String key, Object... args) {
}
