package dev.pilothouse.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/** One deploy, rollback or recovery per workspace at a time, across console processes (an OS file lock). */
final class DeployLock {

    private DeployLock() {}

    static <T> T hold(Path stateDir, Supplier<T> body) {
        try {
            OwnerOnly.createDirectories(stateDir);
            try (FileChannel channel = OwnerOnly.open(
                    stateDir.resolve("deploy.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException heldHere) {
                    lock = null;
                }
                if (lock == null) {
                    throw new Refusal(
                            "one-deploy-at-a-time",
                            "another console is deploying or rolling back this"
                                    + " workspace; try again when it has finished");
                }
                try (FileLock held = lock) {
                    return body.get();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not take the deploy lock in " + stateDir, e);
        }
    }
}
