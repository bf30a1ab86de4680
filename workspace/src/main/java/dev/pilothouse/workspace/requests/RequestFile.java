package dev.pilothouse.workspace.requests;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pilothouse.workspace.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** {@code $PILOTHOUSE_HOME/requests.json}: every change request, owner-only, replaced atomically. */
final class RequestFile {

    private static final TypeReference<List<ChangeRequest>> REQUESTS = new TypeReference<>() { };

    private final Path file;

    RequestFile(Path file) {
        this.file = file;
    }

    List<ChangeRequest> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return List.copyOf(Json.MAPPER.readValue(file.toFile(), REQUESTS));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    void save(List<ChangeRequest> requests) {
        Json.writeAtomically(file, requests);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException("could not make " + file + " owner-only", e);
            }
        }
    }
}
