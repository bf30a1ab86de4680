package dev.pilothouse.workspace.proposal;

/**
 * The outcome of a validation step or of a whole validation, worst last when combined. {@code SKIPPED} is a step
 * that did not run: never a pass, so a reviewer sees that its evidence is missing.
 */
public enum Verdict {
    PASS,
    SKIPPED,
    WARN,
    FAIL;

    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
