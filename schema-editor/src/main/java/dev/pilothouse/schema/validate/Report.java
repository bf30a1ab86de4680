package dev.pilothouse.schema.validate;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.diagnostic.QuickFix;
import dev.pilothouse.schema.diagnostic.Severity;
import dev.pilothouse.schema.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Collects the semantic diagnostics of one validation run. */
final class Report {

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    void error(String code, TextRange range, String message, QuickFix... fixes) {
        diagnostics.add(new Diagnostic(code, Severity.ERROR, range, message, List.of(fixes)));
    }

    void warning(String code, TextRange range, String message, QuickFix... fixes) {
        diagnostics.add(new Diagnostic(code, Severity.WARNING, range, message, List.of(fixes)));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    static QuickFix replaceWith(TextRange range, String replacement) {
        return QuickFix.replace("Change to '" + replacement + "'", range.start(), range.end(), replacement);
    }

    static QuickFix remove(String title, TextRange range) {
        return QuickFix.replace(title, range.start(), range.end(), "");
    }
}
