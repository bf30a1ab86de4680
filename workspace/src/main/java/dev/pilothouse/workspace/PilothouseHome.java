package dev.pilothouse.workspace;

import dev.pilothouse.runtime.HomeLocation;
import dev.pilothouse.runtime.LocalRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's own state: policy, audit log, proposal records and deploy journals. It lives under
 * {@code $PILOTHOUSE_HOME} (default {@code ~/.pilothouse}) and never inside a workspace repository, so nothing a
 * proposal can write reaches it.
 *
 * <p>It holds secrets (humans, agent token hashes, web users, runtime passwords), so it is owner-only: the folder and
 * every folder in it 0700, every file 0600, whatever the process's umask. Writers go through {@link OwnerOnly};
 * {@link #secure()} creates the folder that way and tightens anything found too open.
 */
public record PilothouseHome(Path root) {

    private static final Logger LOG = LoggerFactory.getLogger(PilothouseHome.class);

    public PilothouseHome {
        root = root.toAbsolutePath().normalize();
    }

    /** {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse}. */
    public static PilothouseHome fromEnvironment(Map<String, String> env) {
        return new PilothouseHome(HomeLocation.of(env));
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

    /** The web console's users and their roles (owner-only); its admins count as admins ({@code Admins}). */
    public Path webUsersFile() {
        return root.resolve("web").resolve("users.json");
    }

    public Path auditLog() {
        return root.resolve("audit").resolve("audit.jsonl");
    }

    /**
     * The newest signed audit checkpoint of {@code workspace}, remembered here because agents can write the
     * workspace's repository (and so rewind its checkpoint ref) but not this folder.
     */
    public Path auditCheckpoint(Path workspace) {
        return workspaceState(workspace).resolve("audit-checkpoint.json");
    }

    /** The optional witness remote audit checkpoints are pushed to. */
    public Path auditWitness() {
        return root.resolve("audit").resolve("witness.properties");
    }

    /** Per-workspace state (proposal records, deploy journal), keyed by the workspace's absolute path. */
    public Path workspaceState(Path workspace) {
        Path dir = workspace.toAbsolutePath().normalize();
        String name = dir.getFileName() == null ? "root" : dir.getFileName().toString();
        return root.resolve("workspaces").resolve(name + "-" + shortHash(dir.toString()));
    }

    /**
     * The default folder of {@code workspace}'s local Harper runtime (its node layout, {@code nodes.json}, and the
     * nodes' Harper roots). Here and not in the workspace: an agent that could rewrite the node URLs would receive
     * the console's next call with the admin password, and a component planted in a node's root runs unconfined.
     */
    public Path localRuntime(Path workspace) {
        return workspaceState(workspace).resolve("runtime");
    }

    /** Where the admin credentials of the local runtime in {@code runtimeDir} live (apart from its nodes). */
    public Path runtimeSecrets(Path runtimeDir) {
        return LocalRuntime.secretsDir(root, runtimeDir);
    }

    /**
     * Creates the home owner-only if it is missing, and takes group and other permissions away from the home and
     * everything in it (an older version, a copy, a restored backup or a loose umask may have left them). Each
     * path tightened is logged as a warning and returned.
     */
    public List<Path> secure() {
        try {
            OwnerOnly.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + root, e);
        }
        List<Path> tightened = OwnerOnly.tighten(root);
        tightened.forEach(p -> LOG.warn("{} was open to other users; it is now owner-only", p));
        return tightened;
    }

    /** Refuses a home inside the workspace: the boundary would then be writable through a proposal. */
    public void requireOutside(Path workspace) {
        Path dir = workspace.toAbsolutePath().normalize();
        if (root.startsWith(dir)) {
            throw new Refusal(
                    "home-outside-workspace",
                    "PILOTHOUSE_HOME (" + root + ") is inside the workspace " + dir
                            + "; the console's state must live outside the repository");
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
