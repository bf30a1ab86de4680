package dev.pilothouse.workspace.versioning;

import java.time.Instant;
import java.util.List;

/** One commit of the workspace as Pilothouse shows it; {@code id} is the full commit hash. */
public record Version(String id, String message, String author, Instant time, List<String> tags) {

    public Version {
        tags = List.copyOf(tags);
    }

    public String shortId() {
        return id.substring(0, Math.min(10, id.length()));
    }
}
