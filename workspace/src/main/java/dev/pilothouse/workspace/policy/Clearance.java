package dev.pilothouse.workspace.policy;

import dev.pilothouse.workspace.humans.Human;
import dev.pilothouse.workspace.humans.Role;
import java.util.Collection;
import java.util.Locale;

/**
 * Who sees protected data in the consoles' data views, live streams and exports: a human holding the approver or
 * the admin role (ADR 0020). Approvers must read records to judge a change to a protected table, and admins can
 * lift a protection anyway, so hiding the data from them guards nothing. Everyone else (viewers, developers, an
 * unregistered OS account, every agent) sees masks that say why. The desktop asks the humans registry about its
 * OS account; the web console asks about the signed-in user's roles, which carry the same names.
 */
public final class Clearance {

    /** The people who see protected records, as the masks name them. */
    public static final String WHO = "only approvers and admins";

    private Clearance() {
    }

    public static boolean of(Human human) {
        return human != null && (human.is(Role.APPROVER) || human.is(Role.ADMIN));
    }

    /** For role names as the web console grants them ({@code APPROVER}, {@code ROLE_ADMIN}, ...), case-insensitive. */
    public static boolean ofRoleNames(Collection<String> roles) {
        return roles.stream().map(r -> r.toUpperCase(Locale.ROOT)).map(r -> r.startsWith("ROLE_") ? r.substring(5) : r)
                .anyMatch(r -> r.equals(Role.APPROVER.name()) || r.equals(Role.ADMIN.name()));
    }
}
