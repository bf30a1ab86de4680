package dev.pilothouse.runtime.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.RuntimeSetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of a runtime folder: {@code nodes.json} (layout of the nodes), a {@code .gitignore} that keeps all of it
 * out of Git, and each node's {@code hdb.pid}; and, in a secrets folder of its own, {@code credentials.json}
 * (owner-only: folder 0700, file 0600).
 *
 * <p>The admin password lives in its own secrets folder under {@code $PILOTHOUSE_HOME}, apart from the runtime
 * folder, which an earlier version kept in the workspace where agents read and write. A {@code credentials.json}
 * left in a runtime folder is moved there on first use.
 */
public final class RuntimeFiles {

    private static final Logger LOG = LoggerFactory.getLogger(RuntimeFiles.class);
    private static final String CREDENTIALS = "credentials.json";

    private final Path dir;
    private final Path secrets;

    /** A runtime whose credentials stay in its own folder (one that is already private, such as a shadow's). */
    public RuntimeFiles(Path dir) {
        this(dir, dir);
    }

    public RuntimeFiles(Path dir, Path secrets) {
        this.dir = dir.toAbsolutePath().normalize();
        this.secrets = secrets.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path credentialsFile() {
        return secrets.resolve(CREDENTIALS);
    }

    public Path nodeDir(String name) {
        return dir.resolve(name);
    }

    /** Reads the admin credentials, generating them (random password, mode 0600) on first use. */
    public Credentials.Basic credentials() {
        Path file = credentialsFile();
        try {
            Files.createDirectories(dir);
            Path ignore = dir.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# Pilothouse runtime data: never commit\n*\n");
            }
            ownerOnlyFolder(secrets);
            migrateLegacy(file);
            if (Files.exists(file)) {
                JsonNode json = HttpTransport.JSON.readTree(file.toFile());
                return new Credentials.Basic(
                        json.path("username").asText(), json.path("password").asText());
            }
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            Credentials.Basic created =
                    new Credentials.Basic("admin", HexFormat.of().formatHex(secret));
            writeOwnerOnly(
                    file,
                    HttpTransport.JSON.writeValueAsBytes(
                            Map.of("username", created.username(), "password", created.password())));
            return created;
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not read or create " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves a password an earlier version kept in the runtime folder to the secrets folder, or drops the copy. Only
     * the password of a runtime that was started (its {@code nodes.json} exists) is taken over: one found in a
     * folder where nothing ran yet may have been planted by whoever can write the workspace, to learn the password
     * of the runtime about to be created.
     */
    private void migrateLegacy(Path file) throws IOException {
        Path legacy = dir.resolve(CREDENTIALS);
        if (legacy.equals(file) || !Files.exists(legacy, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean started = Files.isRegularFile(dir.resolve("nodes.json"), LinkOption.NOFOLLOW_LINKS);
        if (started && !Files.exists(file) && Files.isRegularFile(legacy, LinkOption.NOFOLLOW_LINKS)) {
            writeOwnerOnly(file, Files.readAllBytes(legacy));
            LOG.info("Moved the runtime's admin credentials from {} to {}", legacy, file);
        } else {
            LOG.warn("Removed {}: the runtime's admin credentials live in {}", legacy, file);
        }
        Files.delete(legacy);
    }

    /** Creates the folder and any missing parents as 0700 whatever the umask, and tightens the folder itself. */
    static void ownerOnlyFolder(Path folder) throws IOException {
        Path missing = folder;
        java.util.Deque<Path> create = new java.util.ArrayDeque<>();
        while (missing != null && !Files.exists(missing)) {
            create.push(missing);
            missing = missing.getParent();
        }
        for (Path each : create) {
            Files.createDirectory(each);
            setPermissions(each, "rwx------");
        }
        setPermissions(folder, "rwx------");
    }

    /** Writes the file through a 0600 temporary file moved into place, so it is never readable by others. */
    private static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        setPermissions(tmp, "rw-------");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void setPermissions(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user profile's ACL applies
        }
    }

    public void saveNodes(List<RuntimeNode> nodes) {
        try {
            Files.createDirectories(dir);
            // owner-only and whole: it says where the console sends the admin password next time
            writeOwnerOnly(
                    dir.resolve("nodes.json"),
                    HttpTransport.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(nodes));
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not write " + dir.resolve("nodes.json") + ": " + e.getMessage(), e);
        }
    }

    public List<RuntimeNode> loadNodes() {
        Path file = dir.resolve("nodes.json");
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return HttpTransport.JSON.readValue(file.toFile(), new TypeReference<List<RuntimeNode>>() {});
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The live PID from {@code <root>/hdb.pid}, if that process still runs (Harper re-spawns on restart). */
    public static Optional<ProcessHandle> liveProcess(Path rootPath) {
        Path pidFile = rootPath.resolve("hdb.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("node")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean termsAccepted() {
        return Files.exists(dir.resolve(".harper-terms-accepted"));
    }

    public void recordTermsAccepted() {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(".harper-terms-accepted"), "Harper's terms were accepted explicitly.\n");
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not record the acceptance of Harper's terms in " + dir, e);
        }
    }
}
