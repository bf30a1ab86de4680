package dev.pilothouse.workspace.policy;

import java.util.Locale;

/** Whether validation deploys a proposal into a shadow Harper first. */
public enum ShadowMode {
    /** Run when a local Harper can be started; otherwise the step is recorded as skipped, with the reason. */
    AUTO,
    /** Never run; the step is recorded as skipped by policy. */
    OFF,
    /** Always run; a shadow that cannot start fails validation. */
    REQUIRED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ShadowMode parse(String text) {
        if (text == null || text.isBlank()) {
            return AUTO;
        }
        for (ShadowMode mode : values()) {
            if (mode.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("shadowDeploy must be auto, off or required, was '" + text + "'");
    }
}
