package dev.pilothouse.schema.format;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.graphql.SchemaSyntax;
import dev.pilothouse.schema.internal.parser.Formatting;
import java.util.Optional;

/**
 * Canonical layout for schema.graphql: two-space indentation, one member per line, a type header with its
 * directives on one line, one blank line between definitions, at most one blank line between members where the
 * author left one, commas only between inline items, every comment kept where it was, block-string descriptions re-indented,
 * CRLF kept. Idempotent. Files with syntax errors are left alone: formatting a broken tree could lose text.
 */
public final class SchemaFormatter {

    private SchemaFormatter() {}

    /** The formatted text, or {@code text} unchanged when the formatter refuses. */
    public static String format(String text) {
        return formatResult(text).text();
    }

    public static FormatResult formatResult(String text) {
        ParsedSchema parsed = SchemaSyntax.parse(text);
        Optional<Diagnostic> error =
                parsed.diagnostics().stream().filter(Diagnostic::isError).findFirst();
        if (error.isPresent()) {
            Diagnostic d = error.get();
            return FormatResult.refused(
                    text,
                    "syntax error at " + d.range().startLine() + ":" + d.range().startColumn() + " (" + d.code() + " "
                            + d.message() + "); not formatted",
                    d);
        }
        String formatted = Formatting.format(text);
        if (formatted == null) {
            return FormatResult.refused(text, "the file does not parse; not formatted", null);
        }
        if (!Formatting.verify(text, formatted)) {
            return FormatResult.refused(text, "formatting would change more than layout; not formatted", null);
        }
        return FormatResult.formatted(text, formatted);
    }
}
