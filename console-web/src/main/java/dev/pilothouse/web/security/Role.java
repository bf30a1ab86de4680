package dev.pilothouse.web.security;

/**
 * What a signed-in person may do. Roles are granted one by one (no hierarchy), so an admin who manages users
 * need not be an approver; the first admin gets all four.
 */
public enum Role {
    /** Read everything: files, data, streams, runtime. Every user has it. */
    VIEWER,
    /** Edit drafts of the app files and propose changes. */
    DEVELOPER,
    /** Approve, reject, deploy and roll back proposals. */
    APPROVER,
    /** Manage users, agent tokens and policy. */
    ADMIN;

    /** The Spring Security authority ({@code ROLE_...}) checked by {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
