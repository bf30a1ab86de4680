package dev.pilothouse.workspace.policy;

import dev.pilothouse.workspace.Json;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads and saves the policy file under {@code $PILOTHOUSE_HOME}; absent = {@link Policy#DEFAULT}. */
public final class PolicyStore {

    private final Path file;

    public PolicyStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Policy load() {
        return Files.isRegularFile(file) ? Json.read(file, Policy.class) : Policy.DEFAULT;
    }

    /**
     * Replaces the policy at once: only {@code PolicyBoundary}, applying a change request, calls it in production
     * ({@code ONLY_REQUESTS_CHANGE_THE_BOUNDARY}); tests call it as a fixture.
     */
    public void save(Policy policy) {
        Json.writeAtomically(file, policy);
    }
}
