package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.workspace.FileDiff;
import java.util.List;

/** Two versions of the app side by side: each file that differs, and the classified schema changes between them. */
public record VersionComparison(String from, String to, List<FileDiff> files, List<SchemaChange> changes) {

    public VersionComparison {
        files = List.copyOf(files);
        changes = List.copyOf(changes);
    }
}
