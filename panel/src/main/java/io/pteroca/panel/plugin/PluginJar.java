package io.pteroca.panel.plugin;

import java.nio.file.Path;

/** A readable jar of the plugins folder: its manifest, where it is, and its SHA-256. */
record PluginJar(PluginManifest manifest, Path jar, String checksum) {

    String id() {
        return manifest.id();
    }
}
