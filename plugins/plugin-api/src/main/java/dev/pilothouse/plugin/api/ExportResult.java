package dev.pilothouse.plugin.api;

import java.util.Objects;

/** An exported document and its media type (for example {@code application/json}). */
public record ExportResult(String mediaType, String content) {

    public ExportResult {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
