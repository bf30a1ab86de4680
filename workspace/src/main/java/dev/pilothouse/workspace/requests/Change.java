package dev.pilothouse.workspace.requests;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an admin asks for: the {@link BoundaryChange} kind that applies it, its subject ("policy", "human:bob",
 * "agent:ci"), a one-line summary, the state after it as text, the data the applier needs, and the human whose
 * roles it changes (if any). The state before is read by the kit when the request is filed.
 */
public record Change(
        String kind,
        String subject,
        String summary,
        String after,
        Map<String, String> payload,
        Optional<String> affects) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(after, "after");
        payload = Map.copyOf(payload);
        affects = affects == null ? Optional.empty() : affects;
    }
}
