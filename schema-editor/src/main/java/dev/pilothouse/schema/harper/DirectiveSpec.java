package dev.pilothouse.schema.harper;

import java.util.List;
import java.util.Optional;

/** What one directive accepts: where it may stand, its arguments, and whether it may repeat. */
public record DirectiveSpec(String name, Location location, List<ArgSpec> arguments, boolean repeatable, String doc) {

    public DirectiveSpec {
        arguments = List.copyOf(arguments);
    }

    public Optional<ArgSpec> argument(String argName) {
        return arguments.stream().filter(a -> a.name().equals(argName)).findFirst();
    }

    /** Where a directive applies. */
    public enum Location {
        TYPE("an object type"),
        FIELD("a field"),
        ANY("any definition");

        private final String display;

        Location(String display) {
            this.display = display;
        }

        public String display() {
            return display;
        }
    }

    /** One argument of a directive. */
    public record ArgSpec(String name, ArgType type, boolean required, String doc) {}
}
