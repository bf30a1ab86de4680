package dev.pilothouse.workspace.audit;

import java.util.Optional;

/**
 * The outcome of checking the audit chain: how many entries are intact and, when one is not, the first bad entry
 * (its 1-based line number) and what is wrong with it.
 */
public record AuditVerification(long entries, long firstBadLine, String problem) {

    public static AuditVerification intact(long entries) {
        return new AuditVerification(entries, 0, null);
    }

    public boolean ok() {
        return problem == null;
    }

    public Optional<String> describeProblem() {
        return Optional.ofNullable(problem).map(p -> firstBadLine > 0 ? "entry " + firstBadLine + ": " + p : p);
    }
}
