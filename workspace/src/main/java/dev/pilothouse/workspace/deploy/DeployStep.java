package dev.pilothouse.workspace.deploy;

/** The steps of a deploy or rollback, in the order they run; {@link #RESTORE} only after a failed one. */
public enum DeployStep {
    CHECK("check", "approvals and validation hold now"),
    APPLY("deploy", "send the app files to Harper and wait for the new version to serve"),
    VERIFY("health", "component healthy and every exported endpoint answering, without a break"),
    WATCH("error-rate watch", "the 5xx share must not jump after the deploy"),
    RECORD("commit", "move main and tag deploy/N"),
    RESTORE("restore", "put the previous version back");

    private final String label;
    private final String purpose;

    DeployStep(String label, String purpose) {
        this.label = label;
        this.purpose = purpose;
    }

    /** Short name consoles show. */
    public String label() {
        return label;
    }

    /** What the step makes sure of, for a tooltip or help text. */
    public String purpose() {
        return purpose;
    }
}
