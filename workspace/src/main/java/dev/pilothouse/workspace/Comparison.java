package dev.pilothouse.workspace;

import dev.pilothouse.schema.diff.SchemaChange;
import java.util.List;

/** Two versions compared: the unified text diff of all files and the classified schema changes. */
public record Comparison(String from, String to, String text, List<SchemaChange> schemaChanges) {

    public Comparison {
        schemaChanges = List.copyOf(schemaChanges);
    }
}
