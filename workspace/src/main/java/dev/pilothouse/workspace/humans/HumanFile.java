package dev.pilothouse.workspace.humans;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pilothouse.workspace.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * {@code humans.json}: the registered humans, readable and writable by the owner only (rw-------) and replaced
 * atomically, so a crash leaves the old or the new registry, never half of one.
 */
final class HumanFile {

    private static final TypeReference<List<Human>> HUMANS = new TypeReference<>() { };

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
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            // created owner-only, so the registry is never readable by others, not even for a moment
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(tmp, Json.MAPPER.writeValueAsBytes(humans));
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
