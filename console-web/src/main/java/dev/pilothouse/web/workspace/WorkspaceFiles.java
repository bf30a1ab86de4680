package dev.pilothouse.web.workspace;

import dev.pilothouse.workspace.AppFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

/**
 * The app's three files in the workspace folder. Saving writes the draft in place; proposals, approval and
 * deploy belong to the workspace module, which will take over behind this class.
 *
 * <p>Agents can write to the workspace, so a file here may be a symbolic link planted to make the console read or
 * overwrite something outside it ({@code /etc/passwd}, a key under {@code $PILOTHOUSE_HOME}). Links are never
 * followed: every open uses {@code NOFOLLOW_LINKS} (so a link swapped in after a check is refused by the open
 * itself), and a link is refused with an error naming the file.
 */
public final class WorkspaceFiles {

    /** The files the editor opens: every app's three. */
    public static final List<String> FILES = AppFiles.REQUIRED;

    private static final Set<OpenOption> READ = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
    private static final Set<OpenOption> WRITE = Set.of(
            StandardOpenOption.WRITE,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            LinkOption.NOFOLLOW_LINKS);

    private final Path root;

    public WorkspaceFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The file's text, or empty text when it does not exist yet. */
    public String read(String name) {
        Path file = resolve(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        refuseLink(file);
        try (SeekableByteChannel channel = Files.newByteChannel(file, READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(channel.size()));
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or end of file
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure("read", file, e);
        }
    }

    /** True for a regular file; a link in the file's place is refused, not reported as present or absent. */
    public boolean exists(String name) {
        Path file = resolve(name);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        refuseLink(file);
        return true;
    }

    public void write(String name, String text) {
        Path file = resolve(name);
        try {
            Files.createDirectories(root);
            refuseLink(file);
            try (SeekableByteChannel channel = Files.newByteChannel(file, WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
            }
        } catch (IOException e) {
            throw failure("write", file, e);
        }
    }

    /** Deletes the file; a link in its place is removed itself, never what it points to. */
    public void delete(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URI the language service can key its cache on. */
    public String uri(String name) {
        return resolve(name).toUri().toString();
    }

    private Path resolve(String name) {
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("not an app file: " + name); // no path tricks from the browser
        }
        return root.resolve(name);
    }

    private static void refuseLink(Path file) {
        if (Files.isSymbolicLink(file)) {
            throw linkRefused(file, null);
        }
    }

    /** A link planted between the check and the open fails the open (ELOOP); say so, naming the file. */
    private static UncheckedIOException failure(String action, Path file, IOException e) {
        if (Files.isSymbolicLink(file)) {
            return linkRefused(file, e);
        }
        return new UncheckedIOException(new IOException("cannot " + action + " " + file + ": " + e.getMessage(), e));
    }

    private static UncheckedIOException linkRefused(Path file, IOException cause) {
        return new UncheckedIOException(new IOException(
                file + " is a symbolic link; the console does not follow "
                        + "links in the workspace (one could lead outside it). Replace it with a regular file.",
                cause));
    }
}
