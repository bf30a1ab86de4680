package dev.pilothouse.workspace.deploy;

import dev.pilothouse.workspace.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The one deploy in flight for a workspace, as a file in the console's home (absent = nothing in flight). */
public final class DeployJournal {

    private final Path file;

    public DeployJournal(Path file) {
        this.file = file;
    }

    public Optional<JournalEntry> current() {
        return Files.isRegularFile(file) ? Optional.of(Json.read(file, JournalEntry.class)) : Optional.empty();
    }

    public void write(JournalEntry entry) {
        Json.writeAtomically(file, entry);
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear the deploy journal " + file, e);
        }
    }
}
