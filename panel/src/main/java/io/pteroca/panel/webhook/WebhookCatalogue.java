package io.pteroca.panel.webhook;

import io.pteroca.plugin.event.PanelEvent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The events an endpoint can subscribe to: the plugin API's event catalogue, every record in its event package, by
 * simple class name — the {@code type} of a delivery. A new event there is offered here without a change.
 */
@Component
class WebhookCatalogue {

    private final List<String> types;

    WebhookCatalogue() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(PanelEvent.class));
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(PanelEvent.class.getPackageName())) {
            String className = candidate.getBeanClassName();
            names.add(className.substring(className.lastIndexOf('.') + 1));
        }
        this.types = List.copyOf(names);
    }

    /** Every event type, sorted by name. */
    List<String> types() {
        return types;
    }

    boolean contains(String type) {
        return types.contains(type);
    }

    static String typeOf(PanelEvent event) {
        return event.getClass().getSimpleName();
    }
}
