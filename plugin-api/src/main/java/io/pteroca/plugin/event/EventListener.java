package io.pteroca.plugin.event;

/** Receives events a plugin subscribed to; see {@link io.pteroca.plugin.PluginContext#subscribe}. */
@FunctionalInterface
public interface EventListener<E extends PanelEvent> {

    void on(E event) throws Exception;
}
