package dev.pilothouse.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Folders (0700) and files (0600) that only their owner may open, whatever the process's umask: what Pilothouse
 * writes under {@code $PILOTHOUSE_HOME} goes through here. A permission given at creation is still cut by the
 * umask, so each path also gets its permissions set explicitly afterwards. On file systems without POSIX
 * permissions (Windows) the user profile's ACL applies and these are plain creates.
 */
public final class OwnerOnly {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {}

    /** Creates the folder and its missing parents as 0700 (existing parents are left as they are). */
    public static Path createDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            try {
                Files.createDirectory(p, attributes(FOLDER));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                continue; // another console created it: its own call sets the permissions
            }
            set(p, FOLDER);
        }
        return dir;
    }

    /** Creates an empty 0600 file; fails if it exists, like {@link Files#createFile}. */
    public static Path createFile(Path file) throws IOException {
        Files.createFile(file, attributes(FILE));
        set(file, FILE);
        return file;
    }

    /** Opens a channel; a file it creates is 0600, and an existing one is made so. */
    public static FileChannel open(Path file, OpenOption... options) throws IOException {
        FileChannel channel = FileChannel.open(file, Set.of(options), attributes(FILE));
        restrict(file);
        return channel;
    }

    /** Writes {@code bytes} to {@code file} (created 0600, its folder 0700), replacing what was there. */
    public static void write(Path file, byte[] bytes) throws IOException {
        createDirectories(file.getParent());
        try (FileChannel channel =
                open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
        }
    }

    /** Writes a 0600 sibling, forces it to disk and moves it over {@code file}: readers see old or new, whole. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (FileChannel channel = open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Takes group and other permissions away from {@code root} and everything under it (links are not followed);
     * returns what was changed, so the caller can say so.
     */
    public static List<Path> tighten(Path root) {
        List<Path> changed = new ArrayList<>();
        if (!POSIX || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return changed;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isSymbolicLink()) {
                        add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone meanwhile (a running Harper's files come and go)
                }

                private void add(Path path) {
                    if (restrict(path)) {
                        changed.add(path);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not check the permissions under " + root, e);
        }
        return changed;
    }

    /** Removes group and other bits; true when there were any. A path gone meanwhile is skipped. */
    private static boolean restrict(Path path) {
        if (!POSIX) {
            return false;
        }
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            if (now.stream().noneMatch(OTHERS::contains)) {
                return false;
            }
            Set<PosixFilePermission> tight = EnumSet.copyOf(now);
            tight.removeAll(OTHERS);
            Files.setPosixFilePermissions(path, tight);
            return true;
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not make " + path + " owner-only", e);
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
