package dev.pilothouse.workspace;

import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder of a workspace's local Harper runtime, chosen the same way by every entry point (CLI, desktop, web).
 *
 * <p>By default it is {@link PilothouseHome#localRuntime(Path)}, created owner-only (0700). A folder given explicitly
 * is refused when it lies inside the workspace: agents write there, so they could point {@code nodes.json} at their
 * own listener (the console's next call carries the Harper admin password) or plant a component into a node's root
 * that the local Harper runs unconfined. A {@code .pilothouse/runtime} left in the workspace by an earlier version
 * is never read; the first time it is seen the user is told once ({@link #notice()}) that it is ignored.
 *
 * @param dir     the runtime folder
 * @param secrets where its admin credentials live
 * @param notice  what to tell the user about a runtime folder an earlier version left in the workspace, the first time
 */
public record LocalRuntimeFolder(Path dir, Path secrets, Optional<String> notice) {

    /** Where versions before this one kept the runtime, relative to the workspace. */
    public static final Path LEGACY = Path.of(".pilothouse", "runtime");

    /** The runtime in this folder. */
    public LocalRuntime open(HarperInstaller installer) {
        return new LocalRuntime(dir, installer, secrets);
    }

    /**
     * The runtime folder of {@code workspace}: {@code explicit} when given (refused inside the workspace), else the
     * default under {@code home} (refused when the home itself is inside the workspace).
     */
    public static LocalRuntimeFolder choose(PilothouseHome home, Path workspace, Path explicit) {
        Path ws = real(workspace);
        if (explicit != null) {
            Path dir = explicit.toAbsolutePath().normalize();
            if (real(dir).startsWith(ws)) {
                throw new Refusal(
                        "runtime-outside-workspace",
                        "the runtime folder " + dir + " is inside the workspace "
                                + ws
                                + ", where agents can write: they could send the console's calls (with the Harper admin"
                                + " password) to a listener of theirs or plant code the local Harper runs. Give a folder"
                                + " outside the workspace, or none for the default " + home.localRuntime(ws));
            }
            return new LocalRuntimeFolder(dir, home.runtimeSecrets(dir), legacyNotice(home, ws));
        }
        home.requireOutside(ws);
        Path dir = home.localRuntime(ws);
        try {
            OwnerOnly.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
        return new LocalRuntimeFolder(dir, home.runtimeSecrets(dir), legacyNotice(home, ws));
    }

    /** Said once per workspace (remembered in the home): the old folder is harmless only while it is ignored. */
    private static Optional<String> legacyNotice(PilothouseHome home, Path ws) {
        Path legacy = ws.resolve(LEGACY);
        if (!Files.isDirectory(legacy, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path told = home.workspaceState(ws).resolve("legacy-runtime-ignored");
        if (Files.exists(told)) {
            return Optional.empty();
        }
        try {
            OwnerOnly.write(told, legacy.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + told, e);
        }
        return Optional.of("pilothouse: " + legacy + " was left by an earlier Pilothouse and is ignored: agents can"
                + " write the workspace, so its nodes.json and Harper roots are not trusted. The local runtime now lives"
                + " in " + home.localRuntime(ws) + ". Stop any Harper still running from the old folder (its"
                + " node*/hdb/hdb.pid files name them) and delete the folder; this is said once.");
    }

    /** The absolute path with links resolved as far as it exists, so a link cannot hide a folder's real place. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
