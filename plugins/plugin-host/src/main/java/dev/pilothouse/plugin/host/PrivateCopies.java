package dev.pilothouse.plugin.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a checked workspace jar is loaded from: a copy of the exact bytes that were hashed, in a folder only this
 * user can write. A class loader reads its jar lazily, so loading the workspace file itself would let a jar swapped
 * after the check supply classes later on.
 */
final class PrivateCopies implements AutoCloseable {

    private Path dir;

    synchronized Path store(String sha256, String name, byte[] bytes) {
        try {
            if (dir == null) {
                dir = PluginTrust.posix()
                        ? Files.createTempDirectory(
                                "pilothouse-plugins-",
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                        : Files.createTempDirectory("pilothouse-plugins-");
            }
            Path copy = dir.resolve(sha256.substring(0, 16) + "-" + name);
            Files.write(copy, bytes);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + name + " for loading: " + e.getMessage(), e);
        }
    }

    /** Deletes the copies; call after the class loaders reading them are closed. */
    @Override
    public synchronized void close() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: the copies are in the temporary folder and owner-only
        }
    }
}
