package dev.pilothouse.web.review;

import dev.pilothouse.agent.auth.BoundaryRequests;
import dev.pilothouse.web.security.Role;
import dev.pilothouse.web.security.UserStore;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.requests.BoundaryChange;
import dev.pilothouse.workspace.requests.Change;
import dev.pilothouse.workspace.requests.ChangeRequest;
import dev.pilothouse.workspace.requests.ChangeRequests;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The web console's change requests: the kit's kinds plus the console's own user roles. Admins are counted by the
 * kit ({@code Admins}: the humans registry's and the admin users of {@code users}' file, the home's
 * {@code web/users.json}), as in the CLI and the desktop.
 */
public final class WebBoundary {

    public static final String WEB_ROLES = "web.roles";

    private WebBoundary() {}

    public static ChangeRequests open(PilothouseHome home, UserStore users) {
        return BoundaryRequests.open(home, Clock.systemUTC(), new RolesChange(users));
    }

    /** Asks that web user {@code user} has exactly {@code roles} (viewer always). */
    public static Change roles(String user, Set<Role> roles) {
        String text = text(withViewer(roles));
        return new Change(
                WEB_ROLES,
                "web user " + user,
                "web user " + user + " roles " + text,
                "web user " + user + " " + text,
                Map.of("user", user, "roles", text),
                Optional.of("human:" + user));
    }

    /** One line on what became of a request, for the consoles' messages. */
    public static String outcome(ChangeRequest r) {
        return switch (r.state()) {
            case PENDING -> "Change request " + r.id() + " waits for a second admin's approval (Requests page).";
            case APPLIED ->
                r.loneAdmin()
                        ? "Applied as " + r.id() + ", " + ChangeRequests.LONE_ADMIN + ": a second"
                                + " admin must acknowledge it."
                        : "Change request " + r.id() + " applied.";
            case REJECTED -> "Change request " + r.id() + " rejected.";
        };
    }

    static Set<Role> withViewer(Set<Role> roles) {
        Set<Role> all = EnumSet.of(Role.VIEWER);
        all.addAll(roles);
        return all;
    }

    static String text(Set<Role> roles) {
        return roles.stream()
                .sorted()
                .map(r -> r.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private record RolesChange(UserStore users) implements BoundaryChange {
        @Override
        public String kind() {
            return WEB_ROLES;
        }

        @Override
        public String current(Map<String, String> payload) {
            String user = payload.get("user");
            return users.find(user)
                    .map(u -> "web user " + user + " " + text(u.roles()))
                    .orElse("web user " + user + " does not exist");
        }

        @Override
        public void apply(ChangeRequest request, Actor by) {
            String inner = request.payload().get("roles").replaceAll("[\\[\\]]", "");
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String r : inner.split(",")) {
                if (!r.isBlank()) {
                    roles.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
                }
            }
            users.setRoles(by.who().name(), request.payload().get("user"), roles);
        }
    }
}
