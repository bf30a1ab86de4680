package dev.pilothouse.workspace.humans;

/** What a registered human may do besides acting for themselves: approve proposals, manage the registry. */
public enum Role {
    ADMIN,
    APPROVER
}
