package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A member of a type body: a field of an object, interface or input type ({@code type} set), or an enum value
 * ({@code type} null).
 */
public record FieldDefinition(
        Name name,
        Description description,
        List<InputValue> arguments,
        TypeRef type,
        Value defaultValue,
        List<DirectiveUse> directives,
        TextRange range) {

    public FieldDefinition {
        arguments = List.copyOf(arguments);
        directives = List.copyOf(directives);
    }

    public Optional<DirectiveUse> directive(String directiveName) {
        return directives.stream()
                .filter(d -> d.nameValue().equals(directiveName))
                .findFirst();
    }

    public boolean has(String directiveName) {
        return directive(directiveName).isPresent();
    }
}
