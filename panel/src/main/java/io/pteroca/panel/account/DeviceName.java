package io.pteroca.panel.account;

/**
 * A short name of the browser and system a User-Agent header describes ("Firefox, Windows"), enough for a person to
 * recognise their own devices in a list. Null when the header names neither.
 */
final class DeviceName {

    private DeviceName() {
    }

    static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String browser = browser(userAgent);
        String system = system(userAgent);
        if (browser == null && system == null) {
            return null;
        }
        String name = browser == null ? system : system == null ? browser : browser + ", " + system;
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String browser(String agent) {
        if (agent.contains("Edg/")) {
            return "Edge";
        }
        if (agent.contains("OPR/") || agent.contains("Opera")) {
            return "Opera";
        }
        if (agent.contains("Firefox/")) {
            return "Firefox";
        }
        if (agent.contains("Chrome/") || agent.contains("Chromium/") || agent.contains("HeadlessChrome/")) {
            return "Chrome";
        }
        if (agent.contains("Safari/")) {
            return "Safari";
        }
        return null;
    }

    private static String system(String agent) {
        if (agent.contains("Android")) {
            return "Android";
        }
        if (agent.contains("iPhone") || agent.contains("iPad")) {
            return "iOS";
        }
        if (agent.contains("Windows")) {
            return "Windows";
        }
        if (agent.contains("Mac OS X") || agent.contains("Macintosh")) {
            return "macOS";
        }
        if (agent.contains("CrOS")) {
            return "ChromeOS";
        }
        if (agent.contains("Linux")) {
            return "Linux";
        }
        return null;
    }
}
