package dev.pilothouse.workspace.humans;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.requests.BoundaryChange;
import dev.pilothouse.workspace.requests.Change;
import dev.pilothouse.workspace.requests.ChangeRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A human's roles and a human's removal as change requests: the only way either happens after the first admin. */
public final class HumanChanges {

    public static final String ROLES = "human.roles";
    public static final String REMOVE = "human.remove";

    private HumanChanges() {}

    /** Asks that {@code name} has exactly {@code roles}. */
    public static Change roles(String name, Set<Role> roles) {
        Human target = new Human(name, new OsAccount(0, "-"), roles);
        String roleText = text(roles);
        return new Change(
                ROLES,
                target.identity().toString(),
                target.identity() + " roles " + roleText,
                target.identity() + " " + roleText,
                Map.of("human", target.name(), "roles", roleText),
                Optional.of(target.identity().toString()));
    }

    /** Asks that {@code name} is removed from the registry. */
    public static Change removal(String name) {
        Human target = new Human(name, new OsAccount(0, "-"), Set.of());
        return new Change(
                REMOVE,
                target.identity().toString(),
                "remove " + target.identity(),
                target.identity() + " not registered",
                Map.of("human", target.name()),
                Optional.of(target.identity().toString()));
    }

    /** The appliers for both kinds, over {@code registry}. */
    public static java.util.List<BoundaryChange> over(HumanRegistry registry) {
        return java.util.List.of(new RolesChange(registry), new RemovalChange(registry));
    }

    static String text(Set<Role> roles) {
        return roles.isEmpty()
                ? "[]"
                : roles.stream()
                        .sorted()
                        .map(r -> r.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(",", "[", "]"));
    }

    static Set<Role> parse(String text) {
        String inner = text.substring(1, text.length() - 1);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(inner.split(","))
                .filter(s -> !s.isBlank())
                .forEach(s -> roles.add(Role.valueOf(s.strip().toUpperCase(Locale.ROOT))));
        return roles;
    }

    /** A human as a request's "before" and "after" name them: identity and roles, or not registered. */
    private static String describe(HumanRegistry registry, String name) {
        return registry.list().stream()
                .filter(h -> h.name().equals(name))
                .findFirst()
                .map(h -> h.identity() + " " + text(h.roles()))
                .orElse("human:" + name + " not registered");
    }

    private record RolesChange(HumanRegistry registry) implements BoundaryChange {
        @Override
        public String kind() {
            return ROLES;
        }

        @Override
        public String current(Map<String, String> payload) {
            return describe(registry, payload.get("human"));
        }

        @Override
        public void apply(ChangeRequest request, Actor by) {
            registry.applyRoles(
                    request.payload().get("human"), parse(request.payload().get("roles")), by, request.id());
        }
    }

    private record RemovalChange(HumanRegistry registry) implements BoundaryChange {
        @Override
        public String kind() {
            return REMOVE;
        }

        @Override
        public String current(Map<String, String> payload) {
            return describe(registry, payload.get("human"));
        }

        @Override
        public void apply(ChangeRequest request, Actor by) {
            registry.applyRemove(request.payload().get("human"), by, request.id());
        }
    }
}
