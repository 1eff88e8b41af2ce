/**
 * What a plugin shows: pages, widgets, server tabs and menu items. Pages and widgets are Thymeleaf templates
 * from the jar's {@code templates/} folder, rendered inside the panel's layout with escaping by default;
 * labels and titles are message keys of the jar's {@code i18n/messages*.properties}.
 */
package io.pteroca.plugin.web;
