package dev.pilothouse.web.security;

import dev.pilothouse.workspace.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-in locks that outlive the process: one {@code key until} line each (the key URL-encoded, since it may be a
 * made-up user name), owner-only, replaced atomically. Only locks still running are written, at most
 * {@link #MAX_ENTRIES} of them, so the file stays small whatever a guesser sends.
 */
final class LockFile {

    static final int MAX_ENTRIES = 10_000;

    private final Path file;

    LockFile(Path file) {
        this.file = file;
    }

    /** The locks in the file still running at {@code now}; none when the file is missing or unreadable. */
    synchronized Map<String, Instant> read(Instant now) {
        Map<String, Instant> locks = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return locks;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0 && locks.size() < MAX_ENTRIES) {
                    Instant until = Instant.parse(line.substring(space + 1));
                    if (until.isAfter(now)) {
                        locks.put(URLDecoder.decode(line.substring(0, space), StandardCharsets.UTF_8), until);
                    }
                }
            }
        } catch (IOException | DateTimeParseException | IllegalArgumentException damaged) {
            return locks; // a damaged file must not stop sign-in; the locks read so far still hold
        }
        return locks;
    }

    synchronized void write(Map<String, Instant> locks, Instant now) {
        StringBuilder text = new StringBuilder();
        locks.entrySet().stream()
                .filter(e -> e.getValue().isAfter(now))
                .limit(MAX_ENTRIES)
                .forEach(e -> text.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                        .append(' ')
                        .append(e.getValue())
                        .append('\n'));
        try {
            OwnerOnly.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "locks", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // other file systems: the folder's own protection applies
            }
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sign-in locks " + file, e);
        }
    }
}
