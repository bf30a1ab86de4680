package dev.pilothouse.agent.auth;

import dev.pilothouse.workspace.OwnerOnly;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates files and folders only their owner may read: the agent registry holds token hashes. */
final class Owner {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private Owner() {}

    static void createPrivateDirectory(Path dir) throws IOException {
        OwnerOnly.createDirectories(dir); // missing parents (the home itself, the first time) too
        if (POSIX) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Creates (or empties) a file that is owner-only before anything is written into it. */
    static void createPrivateFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        OwnerOnly.createFile(file); // 0600 whatever the umask
    }
}
