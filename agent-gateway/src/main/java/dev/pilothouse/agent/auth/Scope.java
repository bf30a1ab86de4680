package dev.pilothouse.agent.auth;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What an agent's token allows: reading the app and runtime, and proposing changes. Nothing else exists. */
public enum Scope {
    READ,
    PROPOSE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code read,propose}; an unknown scope is refused rather than ignored. */
    public static Set<Scope> parse(String text) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String part : text.split(",")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                scopes.add(Scope.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown scope '" + part.strip() + "'; scopes are read, propose", e);
            }
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("give at least one scope: read, propose");
        }
        return scopes;
    }
}
