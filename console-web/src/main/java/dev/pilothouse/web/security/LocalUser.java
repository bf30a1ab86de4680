package dev.pilothouse.web.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** One console user as stored on disk; {@code passwordHash} is a PBKDF2 string, never a password. */
public record LocalUser(String username, String passwordHash, Set<Role> roles, Instant created) {

    public LocalUser {
        EnumSet<Role> copy = EnumSet.of(Role.VIEWER);
        copy.addAll(roles);
        roles = Set.copyOf(copy);
    }
}
