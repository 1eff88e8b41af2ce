package io.pteroca.plugin.web;

/**
 * A card on the dashboard or the admin overview. Widgets are ordered by {@link #priority()} (higher first) and
 * laid out in Bootstrap's 12-column grid. A widget that throws is left out of the page, which still renders.
 */
public interface Widget {

    /** Unique within the plugin: lower case letters, digits and dashes. */
    String id();

    WidgetSlot slot();

    /** Message key of the card's heading in the plugin's bundle. */
    String titleKey();

    default int priority() {
        return 50;
    }

    /** Width in grid columns, 1 to 12. */
    default int columns() {
        return 4;
    }

    default boolean visibleTo(Viewer viewer) {
        return true;
    }

    View render(Viewer viewer) throws Exception;
}
