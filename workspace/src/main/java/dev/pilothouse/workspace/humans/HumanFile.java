package dev.pilothouse.workspace.humans;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code humans.json}: the registered humans, readable and writable by the owner only (rw-------) and replaced
 * atomically, so a crash leaves the old or the new registry, never half of one.
 */
final class HumanFile {

    private static final TypeReference<List<Human>> HUMANS = new TypeReference<>() {};

    private final Path file;

    HumanFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    List<Human> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(Json.MAPPER.readValue(file.toFile(), HUMANS));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    void save(List<Human> humans) {
        try {
            // created owner-only, so the registry is never readable by others, not even for a moment
            OwnerOnly.writeAtomically(file, Json.MAPPER.writeValueAsBytes(humans));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
