package dev.pilothouse.workspace;

import java.util.Objects;

/** A proved identity: who acts and how that was established. Human governance actions take one. */
public record Actor(Identity who, Proof proof) {

    public Actor {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(proof, "proof");
    }

    @Override
    public String toString() {
        return who.toString();
    }
}
