package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/** {@code directive @name(args) repeatable on LOCATION | ...}. */
public record DirectiveDefinition(
        Name name,
        Description description,
        List<InputValue> arguments,
        boolean repeatable,
        List<Name> locations,
        TextRange range)
        implements Definition {

    public DirectiveDefinition {
        arguments = List.copyOf(arguments);
        locations = List.copyOf(locations);
    }
}
