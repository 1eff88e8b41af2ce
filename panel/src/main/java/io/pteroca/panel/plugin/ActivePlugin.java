package io.pteroca.panel.plugin;

import io.pteroca.plugin.PanelPlugin;

/** A running plugin: its description, class loader, instance and what it registered. */
record ActivePlugin(PluginManifest manifest, java.nio.file.Path jar, ClassLoader classLoader, PanelPlugin instance, Registrations registrations) {

    String id() {
        return manifest.id();
    }

    /** Runs plugin code with the plugin's class loader as the thread's context loader. */
    <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
