package dev.pilothouse.schema.diagnostic;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/**
 * A problem found in a file. Codes are stable (see docs/harper-schema.md): PH1xx syntax, PH2xx schema semantics,
 * PH3xx config.yaml, PH4xx resources.js, PH9xx limits.
 */
public record Diagnostic(String code, Severity severity, TextRange range, String message, List<QuickFix> fixes) {

    public Diagnostic {
        fixes = List.copyOf(fixes);
    }

    public Diagnostic(String code, Severity severity, TextRange range, String message) {
        this(code, severity, range, message, List.of());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
