package dev.pilothouse.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The console's own state: policy, audit log, proposal records and deploy journals. It lives under
 * {@code $PILOTHOUSE_HOME} (default {@code ~/.pilothouse}) and never inside a workspace repository, so nothing a
 * proposal can write reaches it.
 */
public record PilothouseHome(Path root) {

    public PilothouseHome {
        root = root.toAbsolutePath().normalize();
    }

    /** {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse}. */
    public static PilothouseHome fromEnvironment(Map<String, String> env) {
        String configured = env.get("PILOTHOUSE_HOME");
        if (configured != null && !configured.isBlank()) {
            return new PilothouseHome(Path.of(configured));
        }
        return new PilothouseHome(Path.of(System.getProperty("user.home"), ".pilothouse"));
    }

    public Path policyFile() {
        return root.resolve("policy.json");
    }

    /** The registered humans and the OS accounts that prove them (owner-only). */
    public Path humansFile() {
        return root.resolve("humans.json");
    }

    /** Boundary change requests (policy, roles, agent tokens, plugin trust) and their decisions (owner-only). */
    public Path requestsFile() {
        return root.resolve("requests.json");
    }

    public Path auditLog() {
        return root.resolve("audit").resolve("audit.jsonl");
    }

    /** Per-workspace state (proposal records, deploy journal), keyed by the workspace's absolute path. */
    public Path workspaceState(Path workspace) {
        Path dir = workspace.toAbsolutePath().normalize();
        String name = dir.getFileName() == null ? "root" : dir.getFileName().toString();
        return root.resolve("workspaces").resolve(name + "-" + shortHash(dir.toString()));
    }

    /** Refuses a home inside the workspace: the boundary would then be writable through a proposal. */
    public void requireOutside(Path workspace) {
        Path dir = workspace.toAbsolutePath().normalize();
        if (root.startsWith(dir)) {
            throw new Refusal("home-outside-workspace", "PILOTHOUSE_HOME (" + root + ") is inside the workspace "
                    + dir + "; the console's state must live outside the repository");
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
