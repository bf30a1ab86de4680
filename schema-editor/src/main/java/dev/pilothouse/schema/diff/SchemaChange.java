package dev.pilothouse.schema.diff;

import java.util.Objects;

/** One difference between two schema versions; {@code attribute} is null for table-level changes. */
public record SchemaChange(
        ChangeKind change, String table, String attribute, Classification classification, String code, String message) {

    public SchemaChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    static SchemaChange of(DiffCode code, String table, String attribute, String message) {
        return new SchemaChange(code.kind(), table, attribute, code.classification(), code.name(), message);
    }
}
