package dev.pilothouse.schema;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import dev.pilothouse.schema.graphql.ParsedSchema;
import dev.pilothouse.schema.model.SchemaModel;
import java.util.List;

/**
 * Everything the language service knows about one document version. {@code parsed} and {@code model} are set for
 * schema files only.
 */
public record Analysis(
        String uri, long version, FileKind kind, List<Diagnostic> diagnostics, ParsedSchema parsed, SchemaModel model) {

    public Analysis {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
