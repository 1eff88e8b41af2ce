package io.pteroca.emulator.wings;

import io.pteroca.emulator.http.Json;
import tools.jackson.databind.node.ObjectNode;

/** The usage Wings reports for a server, shared by the panel's /resources and the websocket's stats. */
public record Utilization(long memoryBytes, long memoryLimitBytes, double cpuAbsolute, long rxBytes, long txBytes,
        long uptimeMillis, String state, long diskBytes) {

    /** Wings' JSON: struct order for direct replies, alphabetical for what goes through the event bus. */
    public String json(boolean sortedKeys) {
        ObjectNode node = Json.object();
        if (sortedKeys) {
            cpu(node);
            node.put("disk_bytes", diskBytes);
            node.put("memory_bytes", memoryBytes);
            node.put("memory_limit_bytes", memoryLimitBytes);
            network(node);
            node.put("state", state);
            node.put("uptime", uptimeMillis);
        } else {
            node.put("memory_bytes", memoryBytes);
            node.put("memory_limit_bytes", memoryLimitBytes);
            cpu(node);
            network(node);
            node.put("uptime", uptimeMillis);
            node.put("state", state);
            node.put("disk_bytes", diskBytes);
        }
        return Json.MAPPER.writeValueAsString(node);
    }

    private void cpu(ObjectNode node) {
        if (cpuAbsolute == 0) {
            node.put("cpu_absolute", 0);
        } else {
            node.put("cpu_absolute", cpuAbsolute);
        }
    }

    private void network(ObjectNode node) {
        ObjectNode network = node.putObject("network");
        network.put("rx_bytes", rxBytes);
        network.put("tx_bytes", txBytes);
    }
}
