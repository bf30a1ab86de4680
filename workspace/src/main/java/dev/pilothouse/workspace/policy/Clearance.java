package dev.pilothouse.workspace.policy;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Who sees protected data in the consoles' data views, live streams and exports: a human holding the approver or
 * the admin role (ADR 0020). Approvers must read records to judge a change to a protected table, and admins can
 * lift a protection anyway, so hiding the data from them guards nothing. Everyone else (viewers, developers, an
 * unregistered OS account, every agent) sees masks that say why. The desktop passes the roles of the human the
 * registry has for its OS account, the web console the signed-in user's; both name them alike. Names, not the
 * registry's types, so the policy package stays out of the humans package.
 */
public final class Clearance {

    /** The people who see protected records, as the masks name them. */
    public static final String WHO = "only approvers and admins";
    /** The role names that clear (the humans registry's {@code Role} and the web console's). */
    public static final Set<String> ROLES = Set.of("APPROVER", "ADMIN");

    private Clearance() {}

    /** For role names as given ({@code APPROVER}, {@code ROLE_ADMIN}, {@code admin}, ...); none: not cleared. */
    public static boolean ofRoleNames(Collection<String> roles) {
        return roles.stream()
                .map(r -> r.toUpperCase(Locale.ROOT))
                .map(r -> r.startsWith("ROLE_") ? r.substring(5) : r)
                .anyMatch(ROLES::contains);
    }
}
