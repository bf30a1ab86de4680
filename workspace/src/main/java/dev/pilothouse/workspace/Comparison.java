package dev.pilothouse.workspace;

import dev.pilothouse.schema.diff.SchemaChange;
import java.util.List;
import java.util.Map;

/**
 * Two versions compared: the unified text diff of all files, the classified schema changes, and each version's app
 * files (path → text), so a side-by-side view needs no second read.
 */
public record Comparison(String from, String to, String text, List<SchemaChange> schemaChanges,
                         Map<String, String> before, Map<String, String> after) {

    public Comparison {
        schemaChanges = List.copyOf(schemaChanges);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
