package dev.pilothouse.plugin.api;

import java.util.Locale;

/** What a plugin contributes. */
public enum Kind {
    LINT_RULE,
    PROPOSAL_VALIDATOR,
    PANEL,
    EXPORTER,
    RUNTIME_CONNECTOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
