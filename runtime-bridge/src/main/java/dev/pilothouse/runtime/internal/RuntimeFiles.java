package dev.pilothouse.runtime.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.RuntimeSetupException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a runtime folder: {@code credentials.json} (owner-only, 0600), {@code nodes.json} (layout of the
 * nodes), a {@code .gitignore} that keeps all of it out of Git, and each node's {@code hdb.pid}.
 */
public final class RuntimeFiles {

    private final Path dir;

    public RuntimeFiles(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path credentialsFile() {
        return dir.resolve("credentials.json");
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
                Files.writeString(ignore, "# Pilothouse runtime data and credentials: never commit\n*\n");
            }
            if (Files.exists(file)) {
                JsonNode json = HttpTransport.JSON.readTree(file.toFile());
                return new Credentials.Basic(json.path("username").asText(), json.path("password").asText());
            }
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            Credentials.Basic created = new Credentials.Basic("admin", HexFormat.of().formatHex(secret));
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, HttpTransport.JSON.writeValueAsString(
                    Map.of("username", created.username(), "password", created.password())));
            return created;
        } catch (IOException e) {
            throw new RuntimeSetupException("Could not read or create " + file + ": " + e.getMessage(), e);
        }
    }

    public void saveNodes(List<RuntimeNode> nodes) {
        try {
            Files.createDirectories(dir);
            HttpTransport.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("nodes.json").toFile(), nodes);
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
            return HttpTransport.JSON.readValue(file.toFile(), new TypeReference<List<RuntimeNode>>() { });
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
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
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
