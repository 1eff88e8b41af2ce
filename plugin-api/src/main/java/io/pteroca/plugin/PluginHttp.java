package io.pteroca.plugin;

import java.io.IOException;

/**
 * HTTP to the hosts the plugin declares in its {@code plugin.yaml} (and any an admin added in the plugin's
 * settings). A call to any other host, or a redirect to one, throws {@link PluginAccessDeniedException}.
 * Redirects are not followed: the plugin sees the 3xx answer.
 */
public interface PluginHttp {

    HttpReply send(HttpCall call) throws IOException;
}
