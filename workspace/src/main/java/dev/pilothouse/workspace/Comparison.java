package dev.pilothouse.workspace;

import dev.pilothouse.schema.diff.SchemaChange;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Two versions compared: the unified text diff of all files, the classified schema changes, and each version's app
 * files (path → text), so a side-by-side view needs no second read: {@link #changedFiles()} gives it row by row.
 */
public record Comparison(
        String from,
        String to,
        String text,
        List<SchemaChange> schemaChanges,
        Map<String, String> before,
        Map<String, String> after) {

    public Comparison {
        schemaChanges = List.copyOf(schemaChanges);
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    /** Every file whose text differs between the two versions, by name, side by side. */
    public List<FileDiff> changedFiles() {
        Collection<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        return changedFiles(names);
    }

    /** Those of {@code names} (a proposal's files, say) whose text differs between the two versions, by name. */
    public List<FileDiff> changedFiles(Collection<String> names) {
        return new TreeSet<>(names)
                .stream()
                        .filter(n -> !Objects.equals(before.get(n), after.get(n)))
                        .map(n -> FileDiff.of(n, before.get(n), after.get(n)))
                        .toList();
    }
}
