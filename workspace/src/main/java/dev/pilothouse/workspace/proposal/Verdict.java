package dev.pilothouse.workspace.proposal;

/** The outcome of a validation step or of a whole validation, worst first when combined. */
public enum Verdict {
    PASS, WARN, FAIL;

    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
