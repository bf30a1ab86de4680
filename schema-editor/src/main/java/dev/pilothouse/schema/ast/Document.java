package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;
import java.util.stream.Stream;

/** A parsed schema file: our own immutable tree, independent of the parser generator. */
public record Document(List<Definition> definitions, TextRange range) {

    public Document {
        definitions = List.copyOf(definitions);
    }

    public Stream<TypeDefinition> types() {
        return definitions.stream().filter(TypeDefinition.class::isInstance).map(TypeDefinition.class::cast);
    }

    public Stream<DirectiveDefinition> directiveDefinitions() {
        return definitions.stream()
                .filter(DirectiveDefinition.class::isInstance)
                .map(DirectiveDefinition.class::cast);
    }
}
