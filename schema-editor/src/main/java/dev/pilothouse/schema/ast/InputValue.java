package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/** An argument definition or an input field: {@code name: Type = default @dir}. */
public record InputValue(
        Name name,
        Description description,
        TypeRef type,
        Value defaultValue,
        List<DirectiveUse> directives,
        TextRange range) {

    public InputValue {
        directives = List.copyOf(directives);
    }
}
