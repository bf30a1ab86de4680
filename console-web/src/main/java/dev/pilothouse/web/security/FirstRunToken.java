package dev.pilothouse.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * While no user exists, the console prints a one-time token; whoever can read the server's console proves it
 * by typing the token on /setup and becomes the first admin. The token dies with its first use or the process.
 */
public final class FirstRunToken {

    private String token;

    public FirstRunToken(boolean needed) {
        if (needed) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }

    /** The token while setup is pending. */
    public synchronized Optional<String> pending() {
        return Optional.ofNullable(token);
    }

    /**
     * Creates the first admin if {@code candidate} is the token (constant-time comparison); the token is spent
     * only when the creation succeeds, so a too-short password can be corrected.
     */
    public synchronized LocalUser createAdmin(UserStore store, String candidate, String username, String password) {
        if (token == null || !store.isEmpty()) {
            throw new IllegalStateException("Setup is already done: sign in instead");
        }
        if (candidate == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        candidate.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("That is not the setup token printed by the server");
        }
        LocalUser admin = store.create("first-run", username, password, java.util.EnumSet.allOf(Role.class));
        token = null;
        return admin;
    }
}
