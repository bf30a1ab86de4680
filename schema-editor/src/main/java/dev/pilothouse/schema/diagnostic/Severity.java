package dev.pilothouse.schema.diagnostic;

/** How bad a diagnostic is; names follow LSP. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    HINT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
