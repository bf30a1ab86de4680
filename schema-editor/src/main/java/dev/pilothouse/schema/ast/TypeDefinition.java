package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A type definition or extension ({@code extend type ...}). {@code body} is the range of the braces, or null when
 * the type has no body; {@code members} are union member types.
 */
public record TypeDefinition(
        TypeKind kind,
        boolean extension,
        Name name,
        Description description,
        List<TypeRef.Named> interfaces,
        List<DirectiveUse> directives,
        List<FieldDefinition> fields,
        List<TypeRef.Named> members,
        TextRange body,
        TextRange range)
        implements Definition {

    public TypeDefinition {
        interfaces = List.copyOf(interfaces);
        directives = List.copyOf(directives);
        fields = List.copyOf(fields);
        members = List.copyOf(members);
    }

    public Optional<DirectiveUse> directive(String directiveName) {
        return directives.stream()
                .filter(d -> d.nameValue().equals(directiveName))
                .findFirst();
    }

    public boolean has(String directiveName) {
        return directive(directiveName).isPresent();
    }

    public Optional<FieldDefinition> field(String fieldName) {
        return fields.stream().filter(f -> f.name().value().equals(fieldName)).findFirst();
    }
}
