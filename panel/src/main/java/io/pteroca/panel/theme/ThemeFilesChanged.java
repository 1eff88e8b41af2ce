package io.pteroca.panel.theme;

/** An installed theme's files changed on disk: what was parsed, checked or set aside from the old ones is dropped. */
record ThemeFilesChanged(String theme) {
}
