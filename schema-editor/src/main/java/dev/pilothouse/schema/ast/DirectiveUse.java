package dev.pilothouse.schema.ast;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;
import java.util.Optional;

/** An applied directive such as {@code @table(database: "shop")}. */
public record DirectiveUse(Name name, List<Argument> arguments, TextRange range) {

    public DirectiveUse {
        arguments = List.copyOf(arguments);
    }

    public Optional<Argument> argument(String argName) {
        return arguments.stream().filter(a -> a.name().value().equals(argName)).findFirst();
    }

    public String nameValue() {
        return name.value();
    }
}
