package dev.pilothouse.workspace.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who counts as an admin for boundary change requests, the same for every shell over one console home: the humans
 * registry's admins and the web console's admin users ({@link PilothouseHome#webUsersFile()}), by name, a name in
 * both counting once. One count, so a change never waits in one console and applies at once in another (ADR 0019).
 */
public final class Admins {

    private Admins() {}

    /** Read afresh on every call, so a second admin (in either place) takes effect at once. */
    public static Set<Identity> of(PilothouseHome home) {
        Set<Identity> out = new LinkedHashSet<>();
        HumanRegistry.forCurrentAccount(home).list().stream()
                .filter(h -> h.is(Role.ADMIN))
                .forEach(h -> out.add(h.identity()));
        out.addAll(webAdmins(home.webUsersFile()));
        return out;
    }

    /** True while fewer than two admins exist: a boundary change then applies at once, flagged. */
    public static boolean lone(PilothouseHome home) {
        return of(home).size() < 2;
    }

    /**
     * The admin users of the web console's users file. An unreadable file throws rather than counting fewer
     * admins: fewer would let a change apply at once that should wait.
     */
    private static Set<Identity> webAdmins(Path file) {
        Set<Identity> out = new LinkedHashSet<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (JsonNode user : Json.MAPPER.readTree(file.toFile())) {
                for (JsonNode role : user.path("roles")) {
                    if (role.asText().equals("ADMIN")) {
                        out.add(new Identity(
                                Identity.Kind.HUMAN, user.path("username").asText()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web console's users from " + file, e);
        }
        return out;
    }
}
