package dev.pilothouse.agent.auth;

import dev.pilothouse.workspace.Identity;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An agent a human registered: its name, scopes and the SHA-256 of its bearer token (never the token itself).
 * {@code lastUsed} and {@code revoked} are null until they happen.
 */
public record Agent(
        String name, Set<Scope> scopes, String tokenHash, Instant created, Instant lastUsed, Instant revoked) {

    public Agent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(created, "created");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    /** {@code agent:NAME}, the actor every proposal and audit entry of this agent carries. */
    public Identity identity() {
        return Identity.parse("agent:" + name);
    }

    public boolean can(Scope scope) {
        return revoked == null && scopes.contains(scope);
    }

    public boolean revokedAlready() {
        return revoked != null;
    }

    Agent usedAt(Instant when) {
        return new Agent(name, scopes, tokenHash, created, when, revoked);
    }

    Agent revokedAt(Instant when) {
        return new Agent(name, scopes, tokenHash, created, lastUsed, when);
    }
}
