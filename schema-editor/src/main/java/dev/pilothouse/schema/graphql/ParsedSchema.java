package dev.pilothouse.schema.graphql;

import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.text.LineMap;
import java.util.List;

/** The syntax tree of a schema file (as much as could be recovered) and its syntax diagnostics. */
public record ParsedSchema(Document document, List<Diagnostic> diagnostics, LineMap lines) {

    public ParsedSchema {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasSyntaxErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
