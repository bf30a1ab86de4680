package dev.pilothouse.web.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Console users in one JSON file under $PILOTHOUSE_HOME (mode 0600, replaced atomically). Every role change
 * and creation is audited here, so no caller can forget it.
 */
public final class UserStore {

    private static final ObjectMapper JSON = Json.MAPPER;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{1,31}");
    static final int MIN_PASSWORD = 10;

    private final Path file;
    private final PasswordEncoder encoder;
    private final AuditSink audit;
    private final Map<String, LocalUser> users = new LinkedHashMap<>();

    public UserStore(Path file, PasswordEncoder encoder, AuditSink audit) {
        this.file = file;
        this.encoder = encoder;
        this.audit = audit;
        load();
    }

    public synchronized boolean isEmpty() {
        return users.isEmpty();
    }

    public synchronized Optional<LocalUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public synchronized List<LocalUser> list() {
        return List.copyOf(users.values());
    }

    /** Creates a user; {@code actor} is the admin doing it (or "first-run"). */
    public synchronized LocalUser create(String actor, String username, String password, Set<Role> roles) {
        if (!NAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "User names are 2-32 characters: a-z, 0-9, '.', '_', '-', starting with a letter");
        }
        if (users.containsKey(username)) {
            throw new IllegalArgumentException("User " + username + " already exists");
        }
        checkLength("Password", password);
        LocalUser user = new LocalUser(username, encoder.encode(password), roles, Instant.now());
        users.put(username, user);
        save();
        audit.record(AuditEvent.now(
                actor, "user-created", username, Map.of("roles", user.roles().toString())));
        return user;
    }

    /**
     * Replaces a user's roles; refuses to remove the last admin. Only the web console's roles change request
     * applies it in production ({@code ONLY_REQUESTS_CHANGE_THE_BOUNDARY}); tests call it as a fixture.
     */
    public synchronized LocalUser setRoles(String actor, String username, Set<Role> roles) {
        LocalUser old = find(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        LocalUser updated = new LocalUser(username, old.passwordHash(), roles, old.created());
        boolean otherAdmin = users.values().stream()
                .anyMatch(u -> !u.username().equals(username) && u.roles().contains(Role.ADMIN));
        if (!updated.roles().contains(Role.ADMIN) && !otherAdmin) {
            throw new IllegalArgumentException("The last admin cannot lose the admin role");
        }
        users.put(username, updated);
        save();
        audit.record(AuditEvent.now(
                actor,
                "roles-changed",
                username,
                Map.of("from", old.roles().toString(), "to", updated.roles().toString())));
        return updated;
    }

    /**
     * A user changes their own password. A wrong current password changes nothing and is audited, so repeated
     * guesses from a signed-in session show in the log.
     */
    public synchronized void changePassword(String username, String current, String next) {
        LocalUser user = find(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        if (!encoder.matches(current, user.passwordHash())) {
            audit.record(AuditEvent.now(
                    username, "password-change-refused", username, Map.of("reason", "wrong current password")));
            throw new IllegalArgumentException("Current password: not the one on record");
        }
        if (encoder.matches(next, user.passwordHash())) {
            throw new IllegalArgumentException("New password: the same as the current one");
        }
        replacePassword(user, next);
        audit.record(AuditEvent.now(username, "password-changed", username, Map.of()));
    }

    /** An admin sets another user's password (forgotten, or leaked); the user's other sessions end. */
    public synchronized void resetPassword(String actor, String username, String next) {
        LocalUser user = find(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        replacePassword(user, next);
        audit.record(AuditEvent.now(actor, "password-reset", username, Map.of()));
    }

    private void replacePassword(LocalUser user, String next) {
        checkLength("New password", next);
        users.put(user.username(), new LocalUser(user.username(), encoder.encode(next), user.roles(), user.created()));
        save();
    }

    private static void checkLength(String field, String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException(field + ": at least " + MIN_PASSWORD + " characters");
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            List<LocalUser> stored = JSON.readValue(file.toFile(), new TypeReference<List<LocalUser>>() {});
            stored.forEach(u -> users.put(u.username(), u));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read users from " + file, e);
        }
    }

    private void save() {
        try {
            OwnerOnly.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "users", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACL applies
            }
            JSON.writeValue(tmp.toFile(), new ArrayList<>(users.values()));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write users to " + file, e);
        }
    }
}
