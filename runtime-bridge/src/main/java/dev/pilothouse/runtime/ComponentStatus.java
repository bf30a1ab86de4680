package dev.pilothouse.runtime;

import java.util.List;

/**
 * One component as {@code get_components} lists it. {@code status} is healthy, error, unknown (not loaded yet) or
 * loading; {@code lastLoaded} is the newest worker check time in epoch ms (0 when none), which tells whether the
 * workers restarted since a deploy.
 */
public record ComponentStatus(String name, String status, String message, List<String> files, double lastLoaded) {

    public ComponentStatus {
        files = List.copyOf(files);
    }

    public boolean healthy() {
        return "healthy".equals(status);
    }
}
