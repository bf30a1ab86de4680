package dev.pilothouse.plugin.api;

import java.util.List;
import java.util.Map;

/**
 * A proposal being validated: who proposed it and why ({@code rationale}), the app files before and after, both
 * schemas and the classified changes between them.
 */
public record ProposalView(
        String id,
        String author,
        String rationale,
        Map<String, String> before,
        Map<String, String> after,
        SchemaView beforeSchema,
        SchemaView afterSchema,
        List<ChangeView> changes,
        Map<String, String> settings) {

    public ProposalView {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        changes = List.copyOf(changes);
        settings = Map.copyOf(settings);
    }
}
