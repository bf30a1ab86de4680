package dev.pilothouse.workspace.humans;

import dev.pilothouse.workspace.Identity;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A registered human: the name they act under, the OS account that proves them, and their roles. */
public record Human(String name, OsAccount account, Set<Role> roles) {

    public Human {
        Objects.requireNonNull(account, "account");
        name = Identity.parse("human:" + name).name();
        // enum order, so humans.json and listings read the same every time
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Identity identity() {
        return new Identity(Identity.Kind.HUMAN, name);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
