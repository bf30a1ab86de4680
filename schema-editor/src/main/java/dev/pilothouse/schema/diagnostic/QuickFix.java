package dev.pilothouse.schema.diagnostic;

import java.util.List;

/** A named set of edits that resolves a diagnostic. */
public record QuickFix(String title, List<TextEdit> edits) {

    public QuickFix {
        edits = List.copyOf(edits);
    }

    public static QuickFix replace(String title, int start, int end, String replacement) {
        return new QuickFix(title, List.of(new TextEdit(start, end, replacement)));
    }
}
