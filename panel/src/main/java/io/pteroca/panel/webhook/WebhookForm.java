package io.pteroca.panel.webhook;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What an admin enters for an endpoint. */
class WebhookForm {

    @Size(max = 2000, message = "webhook.error.url")
    private String url;
    @Size(max = 255, message = "webhook.error.description")
    private String description;
    private List<String> events = new ArrayList<>();
    private boolean enabled = true;

    static WebhookForm of(WebhookEndpoint endpoint) {
        WebhookForm form = new WebhookForm();
        form.url = endpoint.url();
        form.description = endpoint.description();
        form.events = new ArrayList<>(endpoint.events());
        form.enabled = endpoint.enabled();
        return form;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events == null ? new ArrayList<>() : events;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
