package dev.pilothouse.workspace.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The newest signed checkpoint of one workspace, remembered under {@code $PILOTHOUSE_HOME} (outside the workspace
 * repository, which agents can write): a rewound or deleted checkpoint ref no longer holds it.
 */
public final class CheckpointMemory {

    private static final ObjectMapper MAPPER = Json.COMPACT;

    private final Path file;

    public CheckpointMemory(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Optional<SignedCheckpoint> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            return Optional.of(new SignedCheckpoint(
                    node.path("seq").asLong(),
                    node.path("hash").asText(),
                    node.path("signature").asText("")));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the remembered audit checkpoint " + file, e);
        }
    }

    /** Replaces the remembered checkpoint with a newer one (never with an older one). */
    public void remember(SignedCheckpoint checkpoint) {
        if (read().map(c -> c.seq() >= checkpoint.seq()).orElse(false)) {
            return;
        }
        ObjectNode node = MAPPER.createObjectNode()
                .put("seq", checkpoint.seq())
                .put("hash", checkpoint.hash())
                .put("signature", checkpoint.signature());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, MAPPER.writeValueAsBytes(node));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remember the audit checkpoint in " + file, e);
        }
    }
}
