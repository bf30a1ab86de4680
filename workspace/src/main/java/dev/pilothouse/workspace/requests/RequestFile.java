package dev.pilothouse.workspace.requests;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** {@code $PILOTHOUSE_HOME/requests.json}: every change request, owner-only, replaced atomically. */
final class RequestFile {

    private static final TypeReference<List<ChangeRequest>> REQUESTS = new TypeReference<>() {};

    /** A FileLock keeps other processes out; threads of this JVM (two consoles' instances) queue here first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;

    RequestFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /**
     * Runs a read-change-write of the requests under an exclusive lock, so two consoles (the CLI and the web, say)
     * deciding at the same moment take turns instead of one overwriting the other's request.
     */
    <T> T locked(Supplier<T> body) {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        inProcess.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = OwnerOnly.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock held = channel.lock()) {
                return body.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + lockFile + ": " + e.getMessage(), e);
        } finally {
            inProcess.unlock();
        }
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
