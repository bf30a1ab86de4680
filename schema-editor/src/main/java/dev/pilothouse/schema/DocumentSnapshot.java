package dev.pilothouse.schema;

import java.util.Objects;

/** An immutable text of one file at one version; every result computed from it carries that version. */
public record DocumentSnapshot(String uri, long version, String text) {

    public DocumentSnapshot {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(text, "text");
    }

    public FileKind kind() {
        return FileKind.of(uri);
    }
}
