package dev.pilothouse.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One set of admin credentials for every confined Harper the test suite starts. A confined runtime keeps a pristine
 * post-install copy of Harper per set of credentials in the per-user cache and copies it into each fresh sandbox;
 * when each test folder made its own random credentials, each paid Harper's install step again. The password is
 * random per user (kept owner-only beside the cache), never a constant in the sources.
 */
public final class ShadowCredentials {

    private ShadowCredentials() {}

    /**
     * Writes the suite's credentials into the runtime folder {@code dir} (as {@code credentials.json}, 0600) unless
     * it already has some; call before the runtime's first start.
     */
    public static void seed(Path dir) {
        Path file = dir.resolve("credentials.json");
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                Files.copy(shared(), file, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path shared() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path file = base.resolve("pilothouse").resolve("test-shadow-credentials.json");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        Path staging = file.resolveSibling(
                file.getFileName() + "." + ProcessHandle.current().pid());
        Files.deleteIfExists(staging);
        Files.createFile(staging, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                staging,
                "{\"username\":\"admin\",\"password\":\"" + HexFormat.of().formatHex(secret) + "\"}");
        try {
            Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(staging); // another build wrote it first
        }
        return file;
    }
}
