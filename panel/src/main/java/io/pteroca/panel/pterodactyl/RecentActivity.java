package io.pteroca.panel.pterodactyl;

import java.util.List;

/** The newest entries of a server's activity log, newest first, and how many it holds in all. */
public record RecentActivity(List<ActivityEntry> entries, long total) {
}
