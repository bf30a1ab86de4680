package dev.pilothouse.plugin.api;

/** How bad a finding is; the names follow LSP and the language service. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    HINT
}
