package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/** {@code schema { query: Query }} or its extension; Harper does not use it. */
public record SchemaDefinition(boolean extension, List<DirectiveUse> directives, TextRange range)
        implements Definition {

    public SchemaDefinition {
        directives = List.copyOf(directives);
    }
}
